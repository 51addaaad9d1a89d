package org.planscope.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # value | from      | to      | converted, or the reason it is refused
      75.5    | %         | %       | 75.5
      75.5    | 百分比    | %       | 75.5
      0.755   | 小数      | %       | 75.5
      5.2     | ‰         | %       | 0.52
      5.2     | 1/1000    | ‰       | 5.2
      0.52    | %         | ‰       | 5.2
      13.1    | /10万     | 1/10万  | 13.1
      13.1    | 1/100000  | 1/10万  | 13.1
      1.3     | 1/万      | 1/10万  | 13
      8       | ／１０万  | 1/10万  | 8
      78.1    | 周岁      | 岁      | 78.1
      1       | 所        | 所      | 1
      12      | 人        | 1/10万  | 单位“人”无法换算为“1/10万”（量纲不同）
      12      | 斤        | %       | 不认识的单位“斤”，无法换算为“%”
      12      | 岁        | %       | 单位“岁”无法换算为“%”（量纲不同）
      12      | ''        | %       | 未注明单位（应为“%”）
      """)
  void convertsWhereItCanAndSaysWhyWhereItCannot(String value, String from, String to,
      String expected) {
    Units.Converted c = Units.shared().convert(new BigDecimal(value), from, to);
    assertEquals(expected, c.ok() ? c.value().toPlainString() : c.refusal());
  }
}
