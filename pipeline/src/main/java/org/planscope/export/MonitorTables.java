package org.planscope.export;

import java.util.List;
import org.planscope.format.Lang;
import org.planscope.monitor.ActualRow;
import org.planscope.monitor.Cells;
import org.planscope.monitor.Evaluation;
import org.planscope.monitor.MonitorReport;
import org.planscope.monitor.Point;
import org.planscope.monitor.RowIssue;
import org.planscope.monitor.Series;

/**
 * A {@link MonitorReport} as sheets for Excel: the evaluations (numbers in numeric cells next to
 * the written target), the actual values used, and the rows not used with their reasons.
 */
public final class MonitorTables {
  private MonitorTables() {}

  public static List<Table> of(MonitorReport r, Lang l) {
    Table.Builder ev = new Table.Builder(l.pick("监测", "monitoring"))
        .column(l.pick("地区", "region"), 10).column(l.pick("指标", "indicator"), 28)
        .column(l.pick("单位", "unit"), 8).column(l.pick("目标", "target"), 22)
        .column(l.pick("目标年份", "target year"), 10).column(l.pick("门槛", "threshold"), 12)
        .column(l.pick("最新值", "latest"), 10).column(l.pick("最新年份", "latest year"), 10)
        .column(l.pick("差距", "gap"), 10).column(l.pick("每年还需", "needed per year"), 12)
        .column(l.pick("趋势（每年）", "trend per year"), 12).column(l.pick("点数", "points"), 6)
        .column(l.pick("状态", "status"), 14).column(l.pick("说明", "note"), 40)
        .column(l.pick("规划", "plan"), 30);
    for (Evaluation e : r.evaluations()) {
      ev.row(e.region(), e.indicator(), e.unit(), e.target(), e.targetYear(), Cells.threshold(e),
          e.latest().value(), e.latest().year(), e.gap(), e.yearlyNeeded(), e.trend(), e.points(),
          e.status().label(l), e.note(), e.planTitle());
    }
    Table.Builder pts = new Table.Builder(l.pick("实际值", "actuals"))
        .column(l.pick("地区", "region"), 10).column(l.pick("指标", "indicator"), 28)
        .column(l.pick("年份", "year"), 8).column(l.pick("数值", "value"), 10)
        .column(l.pick("单位", "unit"), 8).column(l.pick("来源", "source"), 30);
    for (Series s : r.series()) {
      for (Point p : s.points()) {
        pts.row(s.region(), s.indicator(), p.year(), p.value(), s.unit(), p.source());
      }
    }
    Table.Builder is = new Table.Builder(l.pick("未使用的行", "rows not used"))
        .column(l.pick("行", "line"), 6).column(l.pick("地区", "region"), 10)
        .column(l.pick("指标", "indicator"), 28).column(l.pick("年份", "year"), 8)
        .column(l.pick("数值", "value"), 10).column(l.pick("单位", "unit"), 8)
        .column(l.pick("类别", "kind"), 8).column(l.pick("原因", "reason"), 50);
    for (RowIssue i : r.issues()) {
      ActualRow w = i.row();
      is.row(w.line(), w.region(), w.indicator(), w.year(), w.value(), w.unit(),
          l.pick(i.kind().equals(RowIssue.REFUSED) ? "拒收" : "未匹配", i.kind()), i.reason());
    }
    return List.of(ev.build(), pts.build(), is.build());
  }
}
