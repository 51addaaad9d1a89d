package org.planscope.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranked hits (best first), the total number of matching documents, and facet counts over all of
 * them.
 *
 * @param facets dimension ({@code region}, {@code domain}, {@code kind}, {@code unit}) → values
 *     by descending count
 * @param partial true when part of a distributed index did not answer (a Solr shard without a
 *     live replica): the hits, total and facets cover only the rest
 */
public record SearchResult(String query, long total, List<Hit> hits,
    Map<String, List<FacetCount>> facets, double millis, boolean partial) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** A complete answer. */
  public SearchResult(String query, long total, List<Hit> hits,
      Map<String, List<FacetCount>> facets, double millis) {
    this(query, total, hits, facets, millis, false);
  }

  /**
   * One goal, measure, key project or target.
   *
   * @param snippet the text, or a window of it, with matches marked «like this»
   * @param highlights the marked ranges as {@code [start, end)} offsets into {@code text}
   * @param target the target's value when {@code kind} is {@code target}, else null
   */
  public record Hit(int rank, float score, String id, String plan, String title, String region,
      String level, String province, String city, String period, String domain, String kind,
      String number, String text, String snippet, List<int[]> highlights, List<String> lead,
      List<String> responsible, List<String> departments, TargetValue target) {}

  /** A target's indicator and value, as indexed. */
  public record TargetValue(String indicator, String indicatorId, String op, String value,
      String unit, Integer year, String raw) {}

  public record FacetCount(String value, int count) {}

  /** Hits grouped by region, groups in the order of their best hit, hits in rank order. */
  public Map<String, List<Hit>> byRegion() {
    Map<String, List<Hit>> out = new LinkedHashMap<>();
    for (Hit h : hits) {
      String key = h.region() == null ? "(region unknown) " + h.plan() : h.region();
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
    }
    return out;
  }
}
