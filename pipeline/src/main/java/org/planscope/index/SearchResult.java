package org.planscope.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranked hits (best first, one page), the number of matching documents, and facet counts.
 *
 * @param total matching documents: exact when {@code totalExact}, else a lower bound (10,000+)
 * @param offset how many better hits came before the first of {@code hits} (paging)
 * @param facets dimension ({@code region}, {@code domain}, {@code kind}, {@code unit}) → values
 *     by descending count: over every match when {@code facetsExact}, else over the best 1,000
 * @param partial true when part of a distributed index did not answer (a Solr shard without a
 *     live replica): the hits, total and facets cover only the rest
 */
public record SearchResult(String query, long total, boolean totalExact, List<Hit> hits,
    Map<String, List<FacetCount>> facets, boolean facetsExact, double millis, int offset,
    boolean partial) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** A complete answer whose total and facets are exact, first page. */
  public SearchResult(String query, long total, List<Hit> hits,
      Map<String, List<FacetCount>> facets, double millis) {
    this(query, total, true, hits, facets, true, millis, 0, false);
  }

  /** A page whose total and facets are exact. */
  public SearchResult(String query, long total, List<Hit> hits,
      Map<String, List<FacetCount>> facets, double millis, int offset) {
    this(query, total, true, hits, facets, true, millis, offset, false);
  }

  /** A complete page. */
  public SearchResult(String query, long total, boolean totalExact, List<Hit> hits,
      Map<String, List<FacetCount>> facets, boolean facetsExact, double millis, int offset) {
    this(query, total, totalExact, hits, facets, facetsExact, millis, offset, false);
  }

  /** The first page, complete. */
  public SearchResult(String query, long total, boolean totalExact, List<Hit> hits,
      Map<String, List<FacetCount>> facets, boolean facetsExact, double millis) {
    this(query, total, totalExact, hits, facets, facetsExact, millis, 0, false);
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
