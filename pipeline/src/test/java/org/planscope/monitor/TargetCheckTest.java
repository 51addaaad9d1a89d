package org.planscope.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Op;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;

class TargetCheckTest {
  /**
   * One target against actuals (year:value …, in the target's unit), due 2030: the comparator is
   * respected (> is strict, ~ allows 5%, a range both ends), and past an = or ~ target in the
   * catalogue's good direction counts as met.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # op | value | unit | lower is better | actuals                   | status        | threshold
      >=   | 30    | %    | false           | 2021:30                   | MET           | >= 30
      >    | 30    | %    | false           | 2021:30                   | INSUFFICIENT  | > 30
      >    | 30    | %    | false           | 2021:29 2023:30           | ON_TRACK      | > 30
      <    | 12    | 1/10万 | true          | 2021:12 2023:12           | BEHIND        | < 12
      <=   | 12    | 1/10万 | true          | 2021:14 2023:13           | ON_TRACK      | <= 12
      ~    | 45    | %    | false           | 2023:43                   | MET           | ~ 45
      ~    | 45    | %    | false           | 2022:40 2023:42           | ON_TRACK      | ~ 45
      ~    | 50    | %    | false           | 2023:55                   | MET           | ~ 50
      =    | 1     | 所   | false           | 2023:2                    | MET           | = 1
      =    | 70-80 | %    | false           | 2023:85                   | INSUFFICIENT  | = 70-80
      =    | 70-80 | %    | false           | 2021:60 2023:75           | MET           | = 70-80
      <=   | 12    | 1/10万 | true          | 2029:20 2030:19           | BEHIND        | <= 12
      """)
  void holdsTheLatestValueAndTheTrendAgainstTheComparator(String op, String value, String unit,
      boolean lower, String actuals, Status status, String threshold) {
    boolean range = value.contains("-");
    Target t = new Target("指标", "x", Op.fromSymbol(op), range ? null : new BigDecimal(value),
        range ? value : null, unit, value, null, TargetStatus.STATED, 2030, List.of());
    Evaluation e = TargetCheck.evaluate(key(unit, lower), t, 2030, points(actuals),
        Units.shared());
    assertEquals(status, e.status());
    assertEquals(threshold, e.op().symbol() + " " + Cells.num(e.threshold())
        + (e.upper() == null ? "" : "-" + Cells.num(e.upper())));
  }

  /** A relative target reads its threshold from the actual of its base year. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # op | value | valueText | unit     | qualifier | actuals               | status       | threshold, or the note
      <=   |       | -1/6      | fraction |           | 2020:0.9 2023:0.8     | ON_TRACK     | 0.75
      <=   | -10   |           | %        |           | 2020:20 2023:17       | MET          | 18
      >=   | 1     |           | 个百分点 | 每年      | 2020:50 2023:54       | ON_TRACK     | 60
      >=   | 2     |           | 倍       |           | 2020:10 2022:11       | BEHIND       | 20
      <=   |       | -1/6      | fraction |           | 2021:0.9 2023:0.8     | INSUFFICIENT | 缺少基期 2020 年的实际值（相对目标以它为基数）
      """)
  void evaluatesARelativeTargetAgainstItsBaseYear(String op, String value, String valueText,
      String unit, String qualifier, String actuals, Status status, String expected) {
    Target t = new Target("指标", "x", Op.fromSymbol(op), value == null ? null : new BigDecimal(value),
        valueText, unit, "raw", null, TargetStatus.STATED, 2030,
        qualifier == null ? List.of() : List.of(qualifier), null, true, 2020);
    Evaluation e = TargetCheck.evaluate(key("%", true), t, 2030, points(actuals), Units.shared());
    assertEquals(status, e.status());
    if (e.threshold() == null) {
      assertEquals(expected, e.note());
    } else {
      // 每年提高1个百分点 from 50 in 2020: 10 years → 60, due 2030
      assertEquals(expected, Cells.num(e.threshold()));
    }
  }

  private static EvaluationKey key(String unit, boolean lower) {
    return new EvaluationKey("p", "规划", "鹿寨县", "x", "指标", unit, lower);
  }

  private static List<Point> points(String s) {
    List<Point> out = new ArrayList<>();
    for (String p : s.split("\\s+")) {
      String[] yv = p.split(":");
      out.add(new Point(Integer.parseInt(yv[0]), new BigDecimal(yv[1]), "虚构"));
    }
    return out;
  }
}
