package org.planscope.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.planscope.format.Lang;
import org.planscope.monitor.ActualRow;
import org.planscope.monitor.Cells;
import org.planscope.monitor.Evaluation;
import org.planscope.monitor.MonitorReport;
import org.planscope.monitor.Point;
import org.planscope.monitor.RowIssue;
import org.planscope.monitor.Series;
import org.planscope.monitor.Status;

/**
 * Writes a {@link MonitorReport} as JSON: {@code summary} (rows, used, evaluations, per status),
 * {@code evaluations} (plan, region, indicator, unit, target, targetYear, op, threshold, upper,
 * latest {year, value, source}, gap, yearlyNeeded, trend, points, projected, status, statusName,
 * note, and {@code display}: the same cells as the text table), {@code series} (region, indicator,
 * unit, points, and per target: year, op, threshold, upper, projected, status) and {@code issues} (line, the row's
 * cells, kind, reason). Numbers are JSON numbers, exact as computed.
 */
public final class MonitorJson {
  private MonitorJson() {}

  public static String pretty(MonitorReport r, Lang lang) {
    return PlanJson.pretty(toTree(r, lang));
  }

  public static String line(MonitorReport r, Lang lang) {
    return PlanJson.line(toTree(r, lang));
  }

  /** One line with {@code actuals}: the name of the table the values came from. */
  public static String line(MonitorReport r, Lang lang, String actuals) {
    ObjectNode o = toTree(r, lang);
    o.put("actuals", actuals);
    return PlanJson.line(o);
  }

  /** {"actuals": null, "message": …}: no table to monitor with yet. */
  public static String noActuals(String message) {
    ObjectNode o = PlanJson.object();
    o.putNull("actuals");
    o.put("message", message);
    return PlanJson.line(o);
  }

  public static ObjectNode toTree(MonitorReport r, Lang lang) {
    ObjectNode o = PlanJson.object();
    o.put("lang", lang.code());
    ObjectNode s = o.putObject("summary");
    s.put("rows", r.rows());
    s.put("used", r.used());
    s.put("notUsed", r.issues().size());
    s.put("evaluations", r.evaluations().size());
    ObjectNode by = s.putObject("byStatus");
    for (Status st : Status.values()) {
      by.put(st.name(), r.count(st));
    }
    ObjectNode names = o.putObject("statusNames");
    for (Status st : Status.values()) {
      names.put(st.name(), st.label(lang));
    }
    ArrayNode ev = o.putArray("evaluations");
    r.evaluations().forEach(e -> evaluation(ev.addObject(), e, lang));
    ArrayNode series = o.putArray("series");
    for (Series x : r.series()) {
      ObjectNode n = series.addObject();
      n.put("region", x.region());
      n.put("indicatorId", x.indicatorId());
      n.put("indicator", x.indicator());
      n.put("unit", x.unit());
      ArrayNode pts = n.putArray("points");
      x.points().forEach(p -> point(pts.addObject(), p));
      ArrayNode ts = n.putArray("targets");
      for (Evaluation e : x.evaluations()) {
        ObjectNode t = ts.addObject();
        t.put("plan", e.planId());
        t.put("target", e.target());
        t.put("year", e.targetYear());
        t.put("op", e.op() == null ? null : e.op().symbol());
        number(t, "threshold", e.threshold());
        number(t, "upper", e.upper());
        number(t, "projected", e.projected());
        t.put("thresholdText", Cells.threshold(e));
        t.put("status", e.status().name());
        t.put("statusName", e.status().label(lang));
      }
    }
    ArrayNode issues = o.putArray("issues");
    for (RowIssue i : r.issues()) {
      ObjectNode n = issues.addObject();
      ActualRow w = i.row();
      n.put("line", w.line());
      n.put("region", w.region());
      n.put("indicator", w.indicator());
      n.put("year", w.year());
      n.put("value", w.value());
      n.put("unit", w.unit());
      n.put("source", w.source());
      n.put("kind", i.kind());
      n.put("reason", i.reason());
    }
    return o;
  }

  private static void evaluation(ObjectNode n, Evaluation e, Lang lang) {
    n.put("plan", e.planId());
    n.put("title", e.planTitle());
    n.put("region", e.region());
    n.put("indicatorId", e.indicatorId());
    n.put("indicator", e.indicator());
    n.put("unit", e.unit());
    n.put("target", e.target());
    n.put("targetYear", e.targetYear());
    n.put("op", e.op() == null ? null : e.op().symbol());
    number(n, "threshold", e.threshold());
    number(n, "upper", e.upper());
    point(n.putObject("latest"), e.latest());
    number(n, "gap", e.gap());
    number(n, "yearlyNeeded", e.yearlyNeeded());
    number(n, "trend", e.trend());
    n.put("points", e.points());
    number(n, "projected", e.projected());
    n.put("status", e.status().name());
    n.put("statusName", e.status().label(lang));
    n.put("note", e.note());
    ObjectNode d = n.putObject("display");
    d.put("threshold", Cells.threshold(e));
    d.put("latest", Cells.latest(e, lang));
    d.put("gap", Cells.signed(e.gap()));
    d.put("yearlyNeeded", Cells.signed(e.yearlyNeeded()));
    d.put("trend", Cells.trend(e, lang));
  }

  private static void point(ObjectNode n, Point p) {
    n.put("year", p.year());
    n.put("value", p.value());
    n.put("source", p.source());
  }

  private static void number(ObjectNode n, String key, BigDecimal v) {
    if (v == null) {
      n.putNull(key);
    } else {
      n.put(key, v);
    }
  }
}
