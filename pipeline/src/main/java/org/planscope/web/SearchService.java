package org.planscope.web;

import java.util.Map;

/**
 * Full-text search over the indexed plans: the backend of {@code GET /api/search}.
 *
 * <p>Parameters (the query string, decoded; the same names as the {@code search} command's
 * options): {@code q} the query (required); facet filters {@code region}, {@code domain},
 * {@code kind} ({@code goal | measure | key_project | indicator | target}), {@code unit}; {@code limit}. Unknown
 * parameters should be ignored. Throw {@link ApiException#badRequest} for a missing or bad
 * parameter.
 *
 * <p>Returns one JSON object:
 *
 * <pre>{@code
 * {"total": 37,
 *  "facets": {"region": {"鹿寨县": 12, "清远市": 9},
 *             "domain": {"妇女与健康": 20},
 *             "kind":   {"goal": 15, "measure": 22},
 *             "unit":   {"卫生健康局": 7}},
 *  "groups": [{"region": "鹿寨县",
 *              "hits": [{"planId": "000_45ac20729b4d0109",      // the plan's id, as in /api/plans
 *                        "title": "鹿寨县妇女发展规划",
 *                        "domain": "妇女与健康",
 *                        "kind": "goal",
 *                        "number": "（三）",
 *                        "text": "孕产妇死亡率控制在12/10万以下。",
 *                        "highlight": "«孕产妇死亡率»控制在12/10万以下。",  // «» around matches
 *                        "targets": [{"indicator": "孕产妇死亡率", "op": "<=",
 *                                     "value": 12, "unit": "1/10万"}],
 *                        "span": [2538, 2581]}]}]}          // optional: source span of the item
 * }</pre>
 *
 * Groups are in rank order of their best hit; {@code targets} may also be plain strings.
 */
@FunctionalInterface
public interface SearchService {
  String search(Map<String, String> params) throws Exception;

  /** The same answer as an Excel workbook (.xlsx); 501 where the backend cannot write one. */
  default byte[] searchXlsx(Map<String, String> params) throws Exception {
    throw new ApiException(501, "Excel export is not available here");
  }
}
