package org.planscope.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.planscope.format.TargetFormat;
import org.planscope.index.CompareRow;
import org.planscope.index.Comparison;
import org.planscope.index.ForgivingSearch;
import org.planscope.index.SearchResult;

/** JSON for {@code planscope search --json} and {@code planscope compare --json}. */
public final class SearchJson {
  private SearchJson() {}

  /**
   * {@code {query, total, millis, facets: {dim: [{value, count}]}, hits: [...]}}; each hit has its
   * text, a snippet with «» marks, and {@code highlights}: {@code [start, end)} offsets into text.
   */
  public static String search(SearchResult r) {
    return PlanJson.pretty(tree(r));
  }

  /**
   * The answer of a forgiving search: as {@link #search(SearchResult)}, plus {@code notes} (how a
   * filter was read, "did you mean") and {@code suggestions} (regions with hits). The one shape of
   * both {@code search --json} and {@code /api/search}.
   */
  public static String search(ForgivingSearch.Answer a) {
    ObjectNode o = tree(a.result());
    strings(o.putArray("notes"), a.notes());
    strings(o.putArray("suggestions"), a.suggestions());
    return PlanJson.pretty(o);
  }

  static ObjectNode tree(SearchResult r) {
    ObjectNode o = header(r);
    ObjectNode facets = o.putObject("facets");
    for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
      ArrayNode a = facets.putArray(e.getKey());
      for (SearchResult.FacetCount c : e.getValue()) {
        a.addObject().put("value", c.value()).put("count", c.count());
      }
    }
    ArrayNode hits = o.putArray("hits");
    for (SearchResult.Hit h : r.hits()) {
      ObjectNode n = hits.addObject();
      n.put("rank", h.rank());
      n.put("score", Math.round(h.score() * 1000) / 1000.0);
      n.put("id", h.id());
      n.put("plan", h.plan());
      n.put("title", h.title());
      ObjectNode region = n.putObject("region");
      region.put("name", h.region());
      region.put("level", h.level());
      region.put("province", h.province());
      region.put("city", h.city());
      n.put("period", h.period());
      n.put("domain", h.domain());
      n.put("kind", h.kind());
      n.put("number", h.number());
      n.put("text", h.text());
      n.put("snippet", h.snippet());
      ArrayNode hl = n.putArray("highlights");
      for (int[] range : h.highlights()) {
        hl.addArray().add(range[0]).add(range[1]);
      }
      strings(n.putArray("lead"), h.lead());
      strings(n.putArray("responsible"), h.responsible());
      strings(n.putArray("departments"), h.departments());
      if (h.target() != null) {
        SearchResult.TargetValue t = h.target();
        ObjectNode tn = n.putObject("target");
        tn.put("indicator", t.indicator());
        tn.put("indicatorId", t.indicatorId());
        tn.put("op", t.op());
        putValue(tn, t.value());
        tn.put("unit", t.unit());
        tn.put("year", t.year());
        tn.put("raw", t.raw());
        tn.put("display", TargetFormat.withYear(t.year(), t.op(), t.value(), t.unit()));
      }
    }
    return o;
  }

  /** {@code {indicator, rows: [{region, level, province, plan, indicator, op, value, unit, year, goal}]}}. */
  public static String compare(String indicator, List<CompareRow> rows) {
    return PlanJson.pretty(compareTree(new Comparison(indicator, null, null, rows, List.of())));
  }

  /**
   * One indicator: {@code {indicator, catalogueName, reference: {op, value, unit, source,
   * display} | null, rows: [{region, level, province, plan, title, indicator, indicatorId, op,
   * value, unit, year, goal, display}], suggestions}}; several: {@code {comparisons: [...]}}.
   * A row without a value is an indicator the plan names without a number (display 未量化).
   */
  public static String compare(List<Comparison> all) {
    return PlanJson.pretty(all, "comparisons", SearchJson::compareTree);
  }

  static ObjectNode compareTree(Comparison cmp) {
    ObjectNode o = PlanJson.object();
    o.put("indicator", cmp.indicator());
    o.put("catalogueName", cmp.catalogueName());
    if (cmp.reference() == null) {
      o.putNull("reference");
    } else {
      Comparison.Reference ref = cmp.reference();
      ObjectNode r = o.putObject("reference");
      r.put("op", ref.op());
      putValue(r, ref.value());
      r.put("unit", ref.unit());
      r.put("source", ref.source());
      r.put("display", TargetFormat.value(ref.op(), ref.value(), ref.unit()));
    }
    ArrayNode a = o.putArray("rows");
    for (CompareRow c : cmp.rows()) {
      ObjectNode n = a.addObject();
      n.put("region", c.region());
      n.put("level", c.level());
      n.put("province", c.province());
      n.put("plan", c.plan());
      n.put("title", c.title());
      n.put("indicator", c.indicator());
      n.put("indicatorId", c.indicatorId());
      n.put("op", c.op());
      putValue(n, c.value());
      n.put("unit", c.unit());
      n.put("year", c.year());
      n.put("goal", c.goal());
      n.put("display", TargetFormat.withYear(c.year(), c.op(), c.value(), c.unit()));
    }
    strings(o.putArray("suggestions"), cmp.suggestions());
    return o;
  }

  /**
   * One search document as one line of JSON (no line breaks): each field with one value as a
   * string, with several as an array, in the document's field order.
   */
  public static String document(org.planscope.index.SearchDocument d) {
    ObjectNode o = PlanJson.object();
    for (Map.Entry<String, List<String>> e : d.fields().entrySet()) {
      if (e.getValue().size() == 1) {
        o.put(e.getKey(), e.getValue().get(0));
      } else {
        com.fasterxml.jackson.databind.node.ArrayNode a = o.putArray(e.getKey());
        e.getValue().forEach(a::add);
      }
    }
    return o.toString();
  }

  /** The fields every search answer starts with: query, total, millis (and partial, if so). */
  static ObjectNode header(SearchResult r) {
    ObjectNode o = PlanJson.object();
    o.put("query", r.query());
    o.put("total", r.total());
    o.put("offset", r.offset());
    if (!r.totalExact()) {
      o.put("totalIsLowerBound", true); // more matched; counting stopped (10,000+)
    }
    if (!r.facetsExact()) {
      o.put("facetsSampled", true); // facets count the best hits only
    }
    o.put("millis", Math.round(r.millis() * 10) / 10.0);
    if (r.partial()) {
      // a distributed index answered without one of its shards: never silently short
      o.put("partial", true);
    }
    return o;
  }

  /** A decimal as a JSON number; a ratio or fraction ("1:3") as a string. */
  static void putValue(ObjectNode n, String value) {
    if (value == null) {
      n.putNull("value");
      return;
    }
    try {
      n.put("value", new BigDecimal(value));
    } catch (NumberFormatException e) {
      n.put("value", value);
    }
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
