package org.planscope.web;

import java.util.Map;

/**
 * Audit findings: the backend of {@code GET /api/audit}.
 *
 * <p>Parameters (the same names as the {@code audit} command's options): optional {@code plan}
 * (a plan id as in {@code /api/plans}; all plans when absent), optional {@code severity}
 * (the lowest severity to report). Throw {@link ApiException} with 404 for an unknown plan.
 *
 * <p>Returns one JSON object:
 *
 * <pre>{@code
 * {"findings": [{"plan": "000_45ac20729b4d0109",   // plan id
 *                "domain": "妇女与健康",
 *                "goal": "（三）孕产妇死亡率控制在…",  // number and title of the goal
 *                "rule": "missing-target-value",
 *                "severity": "error",              // error | warning | info
 *                "evidence": "…the text that shows the problem…",
 *                "suggestion": "state a value, e.g. ≤ 12/10万",
 *                "span": [2538, 2581]}]}           // optional: source span of the evidence
 * }</pre>
 */
@FunctionalInterface
public interface AuditService {
  String audit(Map<String, String> params) throws Exception;

  /** The same answer as an Excel workbook (.xlsx); 501 where the backend cannot write one. */
  default byte[] auditXlsx(Map<String, String> params) throws Exception {
    throw new ApiException(501, "Excel export is not available here");
  }
}
