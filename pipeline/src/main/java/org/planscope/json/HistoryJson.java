package org.planscope.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.planscope.format.Lang;
import org.planscope.history.Hierarchy;
import org.planscope.history.History;
import org.planscope.history.Series;
import org.planscope.history.TextDiff;
import org.planscope.model.Plan;

/**
 * {@code planscope history --json} and {@code compare --tree --json} (the same as
 * {@code /api/history} and {@code /api/compare?tree=1}).
 */
public final class HistoryJson {
  private HistoryJson() {}

  /** One series with its steps. */
  public record Entry(Series series, List<History.Step> steps) {}

  /**
   * {@code {region, series: [{region, level, province, planType, label, plans: [{id, title,
   * period: {start, end}, label}], steps: [{from, to, changes: [{indicator, indicatorId, change,
   * changeName, before, after, diff: [{kind, text}]}]}]}]}}; before / after are {@code {op,
   * value, unit, year, relative, goal, display}} or null; diff kinds are same, deleted, inserted.
   */
  public static String history(String region, List<Entry> entries, Lang lang) {
    ObjectNode o = PlanJson.object();
    o.put("region", region);
    ArrayNode a = o.putArray("series");
    for (Entry e : entries) {
      Series s = e.series();
      ObjectNode n = a.addObject();
      n.put("region", s.region());
      n.put("level", s.level());
      n.put("province", s.province());
      n.put("planType", s.planType());
      n.put("label", s.label(lang));
      ArrayNode plans = n.putArray("plans");
      for (Plan p : s.plans()) {
        ObjectNode pn = plans.addObject();
        pn.put("id", p.id());
        pn.put("title", p.title());
        pn.putObject("period").put("start", p.period().start()).put("end", p.period().end());
        pn.put("label", Series.period(p));
      }
      ArrayNode steps = n.putArray("steps");
      for (History.Step st : e.steps()) {
        ObjectNode sn = steps.addObject();
        sn.put("from", st.before().id());
        sn.put("to", st.after().id());
        ArrayNode changes = sn.putArray("changes");
        st.changes().forEach(c -> change(changes.addObject(), c, lang));
      }
    }
    return PlanJson.pretty(o);
  }

  private static void change(ObjectNode n, History.TargetChange c, Lang lang) {
    n.put("indicator", c.indicator());
    n.put("indicatorId", c.indicatorId());
    n.put("change", c.change().id());
    n.put("changeName", c.change().label(lang));
    stated(n, "before", c.before());
    stated(n, "after", c.after());
    ArrayNode d = n.putArray("diff");
    for (TextDiff.Piece p : c.diff()) {
      d.addObject().put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT))
          .put("text", p.text());
    }
  }

  private static void stated(ObjectNode parent, String field, History.Stated s) {
    if (s == null) {
      parent.putNull(field);
      return;
    }
    ObjectNode n = parent.putObject(field);
    n.put("indicator", s.indicator());
    n.put("op", s.op());
    SearchJson.putValue(n, s.value());
    n.put("unit", s.unit());
    n.put("year", s.year());
    n.put("relative", s.relative());
    n.put("goal", s.goal());
    n.put("display", s.display());
  }

  /**
   * {@code {indicator, catalogueName, direction, tree: {name, level, values: [{plan, title,
   * period, op, value, unit, year, goal, source, display, looser: {than, display} | null}],
   * children: [...]}}}; several indicators: {@code {trees: [that, …]}}.
   */
  public static String trees(List<Hierarchy> all) {
    return PlanJson.pretty(all, "trees", HistoryJson::tree);
  }

  static ObjectNode tree(Hierarchy h) {
    ObjectNode o = PlanJson.object();
    o.put("indicator", h.indicator());
    o.put("catalogueName", h.catalogueName());
    o.put("direction", h.direction() == null ? null : h.direction().name().toLowerCase(java.util.Locale.ROOT));
    node(o.putObject("tree"), h.root());
    return o;
  }

  private static void node(ObjectNode n, Hierarchy.Node node) {
    n.put("name", node.name());
    n.put("level", node.level());
    ArrayNode values = n.putArray("values");
    for (Hierarchy.Value v : node.values()) {
      ObjectNode vn = values.addObject();
      vn.put("plan", v.plan());
      vn.put("title", v.title());
      vn.put("period", v.period());
      vn.put("op", v.op());
      SearchJson.putValue(vn, v.value());
      vn.put("unit", v.unit());
      vn.put("year", v.year());
      vn.put("goal", v.goal());
      vn.put("source", v.source());
      vn.put("display", v.display());
      if (v.looser() == null) {
        vn.putNull("looser");
      } else {
        vn.putObject("looser").put("than", v.looser().than()).put("display", v.looser().display());
      }
    }
    ArrayNode children = n.putArray("children");
    node.children().forEach(c -> node(children.addObject(), c));
  }
}
