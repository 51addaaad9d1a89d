package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Items that start inside a line, split alone. */
class InlineNumberSplitterTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # one line | its parts, joined by " / "
      （一）主要目标1.孕产妇死亡率控制在10/10万以下。2.婴儿死亡率控制在5‰以下。 | （一）主要目标 / 1.孕产妇死亡率控制在10/10万以下。 / 2.婴儿死亡率控制在5‰以下。
      主要目标：1.住院分娩率达到98%。                                     | 主要目标： / 1.住院分娩率达到98%。
      # a decimal inside a sentence is no item number
      人均预期寿命达到 11.6 年。                                          | 人均预期寿命达到 11.6 年。
      # the next item after a unit note in brackets that follows the sentence end
      主要目标：1.儿童健康服务体系更加完善。（责任单位：县卫健委）2.出生缺陷防治水平不断提高。 | 主要目标： / 1.儿童健康服务体系更加完善。（责任单位：县卫健委） / 2.出生缺陷防治水平不断提高。
      主要目标：1.儿童健康服务体系更加完善(县卫健委负责)2.出生缺陷防治水平不断提高。 | 主要目标： / 1.儿童健康服务体系更加完善（县卫健委负责）2.出生缺陷防治水平不断提高。
      # a number that does not continue a sequence after a sentence
      婴儿死亡率下降。5.学前教育毛入园率达到90%。                           | 婴儿死亡率下降。5.学前教育毛入园率达到90%。
      # flattened with its list heading lost: 1. after a sentence and a space when 2. follows so
      健康水平持续提升。 1.孕产妇死亡率下降。 2.婴儿死亡率下降。            | 健康水平持续提升。 / 1.孕产妇死亡率下降。 / 2.婴儿死亡率下降。
      健康水平持续提升。 1.孕产妇死亡率下降。婴儿死亡率下降。              | 健康水平持续提升。 1.孕产妇死亡率下降。婴儿死亡率下降。
      健康水平持续提升。1.孕产妇死亡率下降。2.婴儿死亡率下降。              | 健康水平持续提升。1.孕产妇死亡率下降。2.婴儿死亡率下降。
      # markdown bullets before flattened items go with neither part
      主要目标： - 1.妇女平等享有社会保障权益。 - 2.完善生育保障制度。 | 主要目标： / 1.妇女平等享有社会保障权益。 / 2.完善生育保障制度。
      主要目标： • 1.妇女平等享有社会保障权益。 • 2.完善生育保障制度。 | 主要目标： / 1.妇女平等享有社会保障权益。 / 2.完善生育保障制度。
      # a bulleted list flattened: each bullet after a sentence end or a colon opens an item
      一、妇女与健康 主要目标： • 孕产妇死亡率下降。 • 妇女常见病筛查率提高。 策略措施： • 完善服务体系。 | 一、妇女与健康 / 主要目标： / 孕产妇死亡率下降。 / 妇女常见病筛查率提高。 / 策略措施： / 完善服务体系。
      # one bullet alone is no list
      加强领导。 • 完善机制。                                           | 加强领导。 • 完善机制。
      # a minus between numbers is no bullet
      人数比2020年增加 - 2.5万人。                                       | 人数比2020年增加 - 2.5万人。
      # a section number out of sequence after a sentence and a space: only before a short title
      （一）总则。 （二）目标。 （三）保障。 （二）妇女与教育。 主要目标：    | （一）总则。 / （二）目标。 / （三）保障。 / （二）妇女与教育。 主要目标：
      （一）总则。 （二）目标。 （三）保障。 （二）妇女在教育和培训中获得更多更好的机会。 | （一）总则。 / （二）目标。 / （三）保障。 （二）妇女在教育和培训中获得更多更好的机会。
      """)
  void splitsWhereAnItemStarts(String line, String expected) {
    List<SourceLine> lines = PageFurniture.lines(line,
        TextNormalizerTest.doc(line, "text/plain").blocks(), false);
    assertEquals(expected, InlineNumberSplitter.split(lines).stream().map(SourceLine::text)
        .collect(Collectors.joining(" / ")));
  }
}
