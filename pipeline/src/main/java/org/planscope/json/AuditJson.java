package org.planscope.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.planscope.audit.AuditReport;
import org.planscope.audit.Finding;

/**
 * Writes an {@link AuditReport} as JSON: {@code summary} ({@code plans}, {@code findings}
 * counts, {@code byRule}: rule, summary, severity, findings; {@code byPlan}: plan, title, region,
 * findings, bySeverity, byRule) and {@code findings} (plan, domain, item, kind, n, number, rule,
 * severity, indicator, evidence, context, evidenceStart, span, message, suggestion) in the
 * report's order. {@code span} is the evidence's {@code [start, end)} in the plan's source text,
 * or null.
 */
public final class AuditJson {
  private AuditJson() {}

  /** One line, for the web API. */
  public static String line(AuditReport report) {
    return PlanJson.line(toTree(report));
  }

  public static String pretty(AuditReport report) {
    return PlanJson.pretty(toTree(report));
  }

  public static ObjectNode toTree(AuditReport report) {
    ObjectNode o = PlanJson.object();
    ObjectNode summary = o.putObject("summary");
    summary.put("plans", report.plans().size());
    summary.put("findings", report.findings().size());
    ArrayNode rules = summary.putArray("byRule");
    java.util.Map<String, Integer> byRule = report.byRule();
    for (AuditReport.RuleInfo r : report.rules()) {
      ObjectNode rn = rules.addObject();
      rn.put("rule", r.id());
      rn.put("summary", r.summary());
      rn.put("severity", r.severity().name());
      rn.put("findings", byRule.get(r.id()));
    }
    ArrayNode plans = summary.putArray("byPlan");
    for (AuditReport.PlanInfo p : report.plans()) {
      ObjectNode pn = plans.addObject();
      pn.put("plan", p.id());
      pn.put("title", p.title());
      pn.put("region", p.region());
      pn.put("findings", report.findings(p.id()).size());
      ObjectNode sev = pn.putObject("bySeverity");
      report.bySeverity(p.id()).forEach((s, n) -> sev.put(s.name(), n));
      ObjectNode rule = pn.putObject("byRule");
      report.byRule(p.id()).forEach(rule::put);
    }
    ArrayNode findings = o.putArray("findings");
    for (Finding f : report.findings()) {
      Finding.Location w = f.where();
      ObjectNode fn = findings.addObject();
      fn.put("plan", w.planId());
      fn.put("domain", w.domain());
      fn.put("item", w.item());
      fn.put("kind", w.kind() == null ? null : w.kind().name().toLowerCase(Locale.ROOT));
      fn.put("n", w.n());
      fn.put("number", w.number());
      fn.put("goal", w.item());
      fn.put("rule", f.ruleId());
      fn.put("severity", f.severity().name());
      fn.put("indicator", f.indicator());
      fn.put("evidence", f.evidence().text());
      fn.put("context", f.evidence().context());
      fn.put("evidenceStart", f.evidence().start());
      if (f.evidence().sourceSpan() == null) {
        fn.putNull("span");
      } else {
        fn.putArray("span").add(f.evidence().sourceSpan().start())
            .add(f.evidence().sourceSpan().end());
      }
      fn.put("message", f.message());
      fn.put("suggestion", f.suggestion());
    }
    return o;
  }
}
