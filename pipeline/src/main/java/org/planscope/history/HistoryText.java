package org.planscope.history;

import java.io.PrintWriter;
import java.util.List;
import org.planscope.format.Lang;

/**
 * The text of {@code planscope history} and {@code compare --tree}: Chinese first, what changed
 * marked 【like this】 in the two goal texts, a looser level marked ▲.
 */
public final class HistoryText {
  /** Marks around what one goal text has and the other has not. */
  public static final String OPEN = "【";
  public static final String CLOSE = "】";

  private HistoryText() {}

  /**
   * One series: a header with its periods, then per step each indicator with its change, the two
   * targets, and the two goal texts (older first) with their differences marked.
   */
  public static void series(PrintWriter out, Series s, List<History.Step> steps, Lang l) {
    StringBuilder periods = new StringBuilder();
    for (var p : s.plans()) {
      periods.append(periods.length() == 0 ? "" : l.pick("、", ", ")).append(Series.period(p));
    }
    out.println(s.region() + " " + s.label(l) + l.pick("：" + s.plans().size() + " 个时期（",
        ": " + s.plans().size() + " period(s) (") + periods + l.pick("）", ")"));
    if (steps.isEmpty()) {
      out.println(l.pick("  只有一个时期的规划，没有可比的前后目标。",
          "  only one period: nothing to compare."));
    }
    for (History.Step step : steps) {
      out.println(Series.period(step.before()) + " → " + Series.period(step.after()));
      if (step.changes().isEmpty()) {
        out.println(l.pick("  （没有量化目标）", "  (no quantified targets)"));
      }
      for (History.TargetChange c : step.changes()) {
        change(out, step, c, l);
      }
    }
  }

  private static void change(PrintWriter out, History.Step step, History.TargetChange c, Lang l) {
    String before = c.before() == null ? "—" : c.before().display();
    String after = c.after() == null ? "—" : c.after().display();
    out.println("  " + c.indicator() + "  " + c.change().label(l) + "  " + before + " → " + after);
    if (c.before() != null) {
      out.println("    " + Series.period(step.before()) + l.pick("：", ": ")
          + TextDiff.before(c.diff(), OPEN, CLOSE));
    }
    if (c.after() != null) {
      out.println("    " + Series.period(step.after()) + l.pick("：", ": ")
          + TextDiff.after(c.diff(), OPEN, CLOSE));
    }
  }

  /**
   * The tree, two spaces a level: {@code 柳城县（县）：2030年 ≤ 15/10万  ▲ 宽于柳州市（2030年 ≤ 12/10万）}.
   */
  public static void tree(PrintWriter out, Hierarchy h, Lang l) {
    String name = h.catalogueName() != null ? h.catalogueName() : h.indicator();
    out.println(name + l.pick("：上下级目标（▲ 宽于上级）", ": targets down the tree (▲ looser than the level above)"));
    node(out, h.root(), 0, l);
  }

  private static void node(PrintWriter out, Hierarchy.Node n, int depth, Lang l) {
    StringBuilder sb = new StringBuilder("  ".repeat(depth));
    sb.append(depth == 0 ? l.pick(Hierarchy.NATIONAL, "national") : n.name());
    if (n.level() != null && depth > 0) {
      sb.append(l.pick("（" + n.level() + "）", " (" + n.level() + ")"));
    }
    sb.append(l.pick("：", ": "));
    if (n.values().isEmpty()) {
      sb.append(depth == 0 ? l.pick("（目录无国家目标）", "(no national target in the catalogue)")
          : l.pick("（数据中无此指标的规划）", "(no plan naming it in the data)"));
    }
    for (int i = 0; i < n.values().size(); i++) {
      Hierarchy.Value v = n.values().get(i);
      sb.append(i == 0 ? "" : l.pick("；", "; ")).append(v.display());
      if (v.source() != null) {
        sb.append(l.pick("（", " (")).append(v.source()).append(l.pick("）", ")"));
      }
      if (n.values().size() > 1 && v.title() != null) {
        sb.append(l.pick("（", " (")).append(v.title()).append(l.pick("）", ")"));
      }
      if (v.looser() != null) {
        sb.append(l.pick("  ▲ 宽于", "  ▲ looser than ")).append(label(v.looser().than(), l))
            .append(l.pick("（", " (")).append(v.looser().display()).append(l.pick("）", ")"));
      }
    }
    out.println(sb);
    for (Hierarchy.Node c : n.children()) {
      node(out, c, depth + 1, l);
    }
  }

  private static String label(String name, Lang l) {
    return Hierarchy.NATIONAL.equals(name) ? l.pick("全国目标", "the national target") : name;
  }
}
