package org.planscope.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.planscope.index.SearchResult;

/**
 * The JSON the web page reads from {@code /api/search}: the same results as {@code search
 * --json}, shaped for display (facets as {@code {value: count}} maps, hits grouped by region, «»
 * marks in {@code highlight}). {@code /api/compare} answers exactly what {@code compare --json}
 * prints.
 */
public final class WebJson {
  private WebJson() {}

  public static String search(SearchResult r) {
    ObjectNode o = SearchJson.header(r);
    ObjectNode facets = o.putObject("facets");
    for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
      ObjectNode f = facets.putObject(e.getKey());
      e.getValue().forEach(c -> f.put(c.value(), c.count()));
    }
    ArrayNode groups = o.putArray("groups");
    for (Map.Entry<String, List<SearchResult.Hit>> g : r.byRegion().entrySet()) {
      ObjectNode gn = groups.addObject();
      gn.put("region", g.getKey());
      ArrayNode hits = gn.putArray("hits");
      for (SearchResult.Hit h : g.getValue()) {
        ObjectNode n = hits.addObject();
        n.put("planId", h.plan());
        n.put("title", h.title());
        n.put("domain", h.domain());
        n.put("kind", h.kind());
        n.put("number", h.number());
        n.put("text", h.text());
        n.put("highlight", h.snippet());
        ArrayNode targets = n.putArray("targets");
        if (h.target() != null) {
          SearchResult.TargetValue t = h.target();
          ObjectNode tn = targets.addObject();
          tn.put("indicator", t.indicator());
          tn.put("op", t.op());
          SearchJson.putValue(tn, t.value());
          tn.put("unit", t.unit());
        }
        ArrayNode lead = n.putArray("lead");
        h.lead().forEach(lead::add);
      }
    }
    return PlanJson.line(o);
  }
}
