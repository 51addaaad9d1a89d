package org.planscope.web;

import java.util.Map;

/**
 * One indicator across plans: the backend of {@code GET /api/compare}.
 *
 * <p>Parameters (the same names as the {@code compare} command's options): {@code indicator}
 * (required; a catalogue id or an indicator phrase), optional {@code region}, {@code year}.
 * Throw {@link ApiException#badRequest} for a missing or bad parameter.
 *
 * <p>Returns what {@code planscope compare --json} prints:
 *
 * <pre>{@code
 * {"indicator": "孕产妇死亡率",
 *  "rows": [{"region": "鹿寨县", "level": "县", "province": "广西壮族自治区",
 *            "plan": "000_45ac20729b4d0109",           // the plan's id, as in /api/plans
 *            "title": "鹿寨县妇女发展规划（2021—2030年）",
 *            "indicator": "孕产妇死亡率",               // the page pivots on it
 *            "indicatorId": "maternal_mortality",
 *            "op": "<=",
 *            "value": 12,                              // number, or a string for "1:3" / "1/2"
 *            "unit": "1/10万",
 *            "year": 2030,                             // or null
 *            "goal": "孕产妇死亡率下降到12/10万以下…"}]}   // the goal that states it
 * }</pre>
 *
 * The page draws a table (region × indicator) and a bar chart of the numeric values.
 */
@FunctionalInterface
public interface CompareService {
  String compare(Map<String, String> params) throws Exception;

  /** The same answer as an Excel workbook (.xlsx); 501 where the backend cannot write one. */
  default byte[] compareXlsx(Map<String, String> params) throws Exception {
    throw new ApiException(501, "Excel export is not available here");
  }
}
