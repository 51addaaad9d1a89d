package org.planscope.index;

/**
 * What {@code planscope search} asks for. Null filters are not applied.
 *
 * @param query the query (see {@link QueryBuilder} for the syntax); may be blank when a filter or
 *     {@code where} is given
 * @param region exact region name (鹿寨县)
 * @param province exact province name
 * @param level exact region level (县, 区, 市, 旗 …)
 * @param domain exact canonical domain (妇女与健康)
 * @param kind {@code goal}, {@code measure}, {@code key_project} or {@code target}; when null,
 *     goals, measures and key projects (targets only with {@code where})
 * @param unit a unit: its canonical department, or a name (synonyms apply: 卫健局)
 * @param where a numeric filter on targets, {@code 孕产妇死亡率<=10}
 * @param limit how many hits to return (a page)
 * @param offset how many of the best hits to skip before the page (0: the first page)
 * @param exactCounts count every match exactly, total and facets; otherwise the total is exact
 *     up to 10,000 (a lower bound past it) and facets count the best 1,000 hits, which keeps a
 *     search fast however many documents match
 */
public record SearchRequest(String query, String region, String province, String level,
    String domain, String kind, String unit, String where, int limit, int offset,
    boolean exactCounts) {
  public SearchRequest {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be at least 0");
    }
  }

  /** A page, with fast (bounded) counts. */
  public SearchRequest(String query, String region, String province, String level,
      String domain, String kind, String unit, String where, int limit, int offset) {
    this(query, region, province, level, domain, kind, unit, where, limit, offset, false);
  }

  /** The first page, with fast (bounded) counts. */
  public SearchRequest(String query, String region, String province, String level,
      String domain, String kind, String unit, String where, int limit) {
    this(query, region, province, level, domain, kind, unit, where, limit, 0, false);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, 10);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, region, province, level, domain, kind, unit, where, n, offset,
        exactCounts);
  }

  /** The page that starts after {@code n} hits. */
  public SearchRequest withOffset(int n) {
    return new SearchRequest(query, region, province, level, domain, kind, unit, where, limit, n,
        exactCounts);
  }

  /** The same search with other place filters. */
  public SearchRequest withPlace(String newRegion, String newProvince) {
    return new SearchRequest(query, newRegion, newProvince, level, domain, kind, unit, where,
        limit, offset, exactCounts);
  }

  /** The same search with exact total and facet counts (every match visited). */
  public SearchRequest withExactCounts(boolean exact) {
    return new SearchRequest(query, region, province, level, domain, kind, unit, where, limit,
        offset, exact);
  }
}
