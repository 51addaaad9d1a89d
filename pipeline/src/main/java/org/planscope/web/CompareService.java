package org.planscope.web;

import java.util.Map;

/**
 * One indicator across plans: the backend of {@code GET /api/compare}.
 *
 * <p>Parameters (the same names as the {@code compare} command's options): {@code indicator}
 * (required; a catalogue id or an indicator phrase), optional {@code region}, {@code year}.
 * Throw {@link ApiException#badRequest} for a missing or bad parameter.
 *
 * <p>Returns one JSON object:
 *
 * <pre>{@code
 * {"indicator": "孕产妇死亡率",                       // as resolved; optional
 *  "rows": [{"region": "鹿寨县",
 *            "planId": "000_45ac20729b4d0109",
 *            "indicator": "孕产妇死亡率",             // optional; the page pivots on it
 *            "value": 12,                            // number, or a string for "1:3" / "1/2"
 *            "op": "<=",
 *            "unit": "1/10万",
 *            "year": 2030,                           // or null
 *            "text": "孕产妇死亡率控制在12/10万以下"}]}  // the phrase the target was read from
 * }</pre>
 *
 * The page draws a table (region × indicator) and a bar chart of the numeric values.
 */
@FunctionalInterface
public interface CompareService {
  String compare(Map<String, String> params) throws Exception;
}
