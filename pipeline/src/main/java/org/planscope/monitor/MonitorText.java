package org.planscope.monitor;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planscope.format.DisplayWidth;
import org.planscope.format.Lang;
import org.planscope.format.TextTable;

/**
 * A {@link MonitorReport} for a terminal: a summary line, one row per target with columns aligned by
 * display width, every region's status per indicator, and the rows of the actuals table not used.
 */
public final class MonitorText {
  private MonitorText() {}

  public static void print(PrintWriter out, MonitorReport r, Lang l) {
    out.println(summary(r, l));
    if (!r.evaluations().isEmpty()) {
      out.println();
      String[] head = l == Lang.ZH
          ? new String[] {"地区", "指标", "目标", "门槛", "最新值", "差距", "每年还需", "趋势（点数）", "状态"}
          : new String[] {"region", "indicator", "target", "threshold", "latest", "gap",
              "needed/yr", "trend (points)", "status"};
      List<String[]> lines = new ArrayList<>();
      for (Evaluation e : r.evaluations()) {
        lines.add(new String[] {e.region(), DisplayWidth.truncate(e.indicator(), 28), e.target(),
            Cells.threshold(e), Cells.latest(e, l), Cells.signed(e.gap()),
            Cells.signed(e.yearlyNeeded()), Cells.trend(e, l), e.status().label(l)});
      }
      TextTable.print(out, head, lines);
      out.println();
      out.println(l.pick("按指标：", "by indicator:"));
      Map<String, List<String>> byIndicator = new LinkedHashMap<>();
      for (Evaluation e : r.evaluations()) {
        byIndicator.computeIfAbsent(e.indicator(), k -> new ArrayList<>())
            .add(e.region() + " " + e.status().label(l));
      }
      byIndicator.forEach((k, v) -> out.println("  " + k + l.pick("：", ": ")
          + String.join(l.pick("；", "; "), v)));
      List<String> notes = new ArrayList<>();
      for (Evaluation e : r.evaluations()) {
        if (!e.note().isEmpty()) {
          notes.add("  " + e.region() + " " + e.indicator() + " " + e.target() + l.pick("：", ": ")
              + e.note());
        }
      }
      if (!notes.isEmpty()) {
        out.println();
        out.println(l.pick("说明：", "notes:"));
        notes.forEach(out::println);
      }
    }
    if (!r.issues().isEmpty()) {
      out.println();
      out.println(l.pick("未使用的行（" + r.issues().size() + "）：",
          "rows not used (" + r.issues().size() + "):"));
      for (RowIssue i : r.issues()) {
        out.println("  " + issue(i, l));
      }
    }
  }

  static String summary(MonitorReport r, Lang l) {
    return l.pick("监测：" + r.evaluations().size() + " 个目标有实际值（已达标 " + r.count(Status.MET)
        + "，按趋势可达标 " + r.count(Status.ON_TRACK) + "，滞后 " + r.count(Status.BEHIND)
        + "，数据不足 " + r.count(Status.INSUFFICIENT) + "）；实际值 " + r.rows() + " 行，用了 "
        + r.used() + " 行，未使用 " + r.issues().size() + " 行",
        "monitoring: " + r.evaluations().size() + " target(s) with actual values (met "
        + r.count(Status.MET) + ", on track " + r.count(Status.ON_TRACK) + ", behind "
        + r.count(Status.BEHIND) + ", insufficient data " + r.count(Status.INSUFFICIENT) + "); "
        + r.rows() + " row(s) of actuals, " + r.used() + " used, " + r.issues().size()
        + " not used");
  }

  /** 第 7 行 [阳朔县, 孕产妇死亡率, 2023, 9.1 1/10万]：地区“阳朔县”没有已入库的规划. */
  public static String issue(RowIssue i, Lang l) {
    ActualRow w = i.row();
    String row = "[" + w.region() + ", " + w.indicator() + ", " + w.year() + ", " + w.value()
        + (w.unit().isEmpty() ? "" : " " + w.unit()) + "]";
    return l.pick("第 " + w.line() + " 行 ", "line " + w.line() + " ") + row
        + l.pick(i.kind().equals(RowIssue.REFUSED) ? " 拒收：" : " 未匹配：",
            i.kind().equals(RowIssue.REFUSED) ? " refused: " : " unmatched: ")
        + i.reason();
  }
}
