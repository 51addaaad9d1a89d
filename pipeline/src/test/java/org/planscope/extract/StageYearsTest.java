package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stage/year stage alone: the text before a value in, its target and base years out. */
class StageYearsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # text before the value | target year | base year
      到2025年达到                              | 2025 | -
      农村卫生厕所普及率到2025年达到85%，到2030年达到 | 2030 | -
      婴儿死亡率2025年降至                        | 2025 | -
      到2030年，地区生产总值比2020年翻            | 2030 | 2020
      万元地区生产总值用水量比2020年降低           | -    | 2020
      单位地区生产总值能耗以2020年为基数下降        | -    | 2020
      婴儿死亡率较2020年下降                      | -    | 2020
      孕产妇死亡率在2020年基础上下降               | -    | 2020
      孕产妇死亡率从2020年的                     | -    | 2020
      截至2020年底，全县共有托育机构              | -    | 2020
      婚前医学检查率由2020年的60%提高到2025年的    | 2025 | 2020
      二级以上综合医院设置儿科比例达到             | -    | -
      """)
  void readsTargetAndBaseYears(String before, Integer target, Integer base) {
    StageYears years = new StageYears(before);
    assertEquals(target, years.year(0, before.length()), "target year");
    assertEquals(base, years.baseYear(0, before.length()), "base year");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      到2022年和2030年，全国居民健康素养水平分别不低于 | 2 | 2022 2030
      到2025年、2030年，孕产妇死亡率分别控制在       | 2 | 2025 2030
      到2025年，两项比例分别达到                   | 2 | ''
      到2022年和2030年，三项比例分别达到            | 3 | ''
      """)
  void spreadsListedYearsOverValues(String before, int values, String expected) {
    List<Integer> ys = new StageYears(before).yearList(0, before.length(), values);
    assertEquals(expected, ys.stream().map(String::valueOf).collect(Collectors.joining(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # a past figure: 2020年为 names a base year, a target year never does
      婴儿死亡率2020年为5.1‰ | 2020
      2020年全县孕产妇死亡率为12.5/10万 | 2020
      到2025年为85% | -
      """)
  void pastFigureNamesABaseYear(String text, Integer base) {
    int value = text.indexOf("为") + 1;
    assertEquals(base, new StageYears(text).baseYear(0, value));
  }
}
