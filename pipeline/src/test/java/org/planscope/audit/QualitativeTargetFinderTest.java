package org.planscope.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.lexicon.LexiconException;
import org.planscope.lexicon.Tsv;

/** The MISSING_VALUE rule's own detector, on goal texts from real plans. */
class QualitativeTargetFinderTest {
  private final QualitativeTargetFinder finder = QualitativeTargetFinder.standard();

  /** Indicator phrases found, joined with " / "; empty when none. */
  private String found(String text) {
    return String.join(" / ", finder.find(text).stream()
        .map(QualitativeTargetFinder.Mention::indicator).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # goal text                                                              | indicators named without a number
      妇女的宫颈癌和乳腺癌防治意识进一步提升。适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高。 | 适龄妇女宫颈癌、乳腺癌人群筛查率
      妇女经常参加体育锻炼的人数持续增加，体育人口占比达到 50%以上。              | 妇女经常参加体育锻炼的人数
      提高妇女经常参加体育锻炼的人数比例，提高妇女体质测定标准合格比例。          | 妇女经常参加体育锻炼的人数比例 / 妇女体质测定标准合格比例
      稳步提高农村卫生厕所普及率。                                            | 农村卫生厕所普及率
      到2025年，村委会成员中女性比例不断提高。                                   | 村委会成员中女性比例
      35-64岁适龄妇女宫颈癌人群筛查率逐步提高。                                   | 35-64岁适龄妇女宫颈癌人群筛查率
      全旗各级人大代表和常委会委员中的女性比例逐届提高。                        | 全旗各级人大代表和常委会委员中的女性比例
      适当提高高中阶段女性接受职业教育的比例。                                  | 高中阶段女性接受职业教育的比例
      婚前医学检查率逐步提高，孕前优生检查率达到80%以上。                        | 婚前医学检查率
      女职工职业病发病率明显降低。                                              | 女职工职业病发病率
      新生儿死亡率稳中有降，产前筛查率达到较高水平。                            | 新生儿死亡率 / 产前筛查率
      # a number follows in the sentence: a stated target, not a missing value
      孕产妇死亡率下降到 12.5/10 万以内，城乡差距缩小。                          |
      提高农村卫生厕所普及率，2025年达到85%左右。                                |
      产前筛查率达到较高水平，力争达到90%。                                    |
      妇女基本医疗保险参保率稳定在95%以上，待遇保障公平适度。                    |
      女性牧民代表比例逐步提高到三分之一以上。                                  |
      # no indicator, or no qualitative aim
      妇女全生命周期享有良好的卫生健康服务。妇女人均健康预期寿命显著提高。       |
      普及健康知识，妇女健康素养水平不断提高。                                  |
      进一步提高工作效率，率先实现妇女发展目标。                                |
      中国共产党女党员保持合理比例。                                            |
      女干部比例不低于女干部占同级干部的比例。                                  |
      确保完成国家下达的空气质量优良天数比例指标。                              |
      """)
  void findsIndicatorsWithAQualitativeAimAndNoNumber(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(text));
  }

  @Test
  void mentionOffsetsQuoteTheTextVerbatim() {
    String text = "妇女的宫颈癌和乳腺癌防治意识进一步提升。适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高。";
    List<QualitativeTargetFinder.Mention> ms = finder.find(text);
    assertEquals(1, ms.size());
    QualitativeTargetFinder.Mention m = ms.get(0);
    assertEquals("适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高", text.substring(m.start(), m.end()));
    assertEquals(m.indicator(), text.substring(m.indicatorStart(), m.indicatorEnd()));
    assertEquals("逐步提高", m.aim());
  }

  @Test
  void anAimBeforeTheIndicatorIsQuotedWithIt() {
    String text = "稳步提高农村卫生厕所普及率。";
    QualitativeTargetFinder.Mention m = finder.find(text).get(0);
    assertEquals("稳步提高农村卫生厕所普及率", text.substring(m.start(), m.end()));
    assertEquals("稳步提高", m.aim());
  }

  @Test
  void aBadCuePatternFailsWithFileAndLine() {
    Tsv bad = Tsv.read("audit-value-patterns.tsv", new ByteArrayInputStream(
        "kind\tpattern\nVALUE\t[0-9\n".getBytes(StandardCharsets.UTF_8)));
    LexiconException e = assertThrows(LexiconException.class, () -> new QualitativeTargetFinder(
        Tsv.model("lexicon/audit-indicator-cues.tsv"), Tsv.model("lexicon/target-cues.tsv"),
        bad));
    assertTrue(e.getMessage().startsWith("audit-value-patterns.tsv:2:"), e.getMessage());
  }
}
