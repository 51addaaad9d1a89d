package org.planscope.json;

import org.planscope.format.Lang;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.planscope.audit.AuditReport;
import org.planscope.audit.Finding;
import org.planscope.audit.Messages;
import org.planscope.audit.Severity;
import org.planscope.audit.Text;

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
    return PlanJson.line(toTree(report, Lang.ZH));
  }

  public static String line(AuditReport report, Lang lang) {
    return PlanJson.line(toTree(report, lang));
  }

  public static String pretty(AuditReport report) {
    return PlanJson.pretty(toTree(report, Lang.ZH));
  }

  public static String pretty(AuditReport report, Lang lang) {
    return PlanJson.pretty(toTree(report, lang));
  }

  public static ObjectNode toTree(AuditReport report) {
    return toTree(report, Lang.ZH);
  }

  /**
   * The report with texts in {@code lang}; {@code rule} and {@code severity} stay machine ids,
   * with {@code ruleName} and {@code severityName} next to them, and every finding carries its
   * message and suggestion in both languages under {@code text} (for a page that switches
   * language without asking again). {@code labels} holds the rule and severity names in both.
   */
  public static ObjectNode toTree(AuditReport report, Lang lang) {
    ObjectNode o = PlanJson.object();
    o.put("lang", lang.code());
    ObjectNode labels = o.putObject("labels");
    ObjectNode ruleLabels = labels.putObject("rules");
    for (AuditReport.RuleInfo r : report.rules()) {
      both(ruleLabels.putObject(r.id()), r.name());
    }
    ObjectNode sevLabels = labels.putObject("severities");
    for (Severity s : Severity.values()) {
      both(sevLabels.putObject(s.name()), Messages.severity(s));
    }
    ObjectNode summary = o.putObject("summary");
    summary.put("plans", report.plans().size());
    summary.put("findings", report.findings().size());
    ArrayNode rules = summary.putArray("byRule");
    java.util.Map<String, Integer> byRule = report.byRule();
    for (AuditReport.RuleInfo r : report.rules()) {
      ObjectNode rn = rules.addObject();
      rn.put("rule", r.id());
      rn.put("ruleName", r.name().in(lang));
      rn.put("summary", r.what().in(lang));
      rn.put("severity", r.severity().name());
      rn.put("findings", byRule.get(r.id()));
    }
    ArrayNode plans = summary.putArray("byPlan");
    for (AuditReport.PlanInfo p : report.plans()) {
      plan(plans.addObject(), report, p, lang);
    }
    ArrayNode findings = o.putArray("findings");
    for (Finding f : report.findings()) {
      finding(findings.addObject(), f, lang);
    }
    return o;
  }

  private static void plan(ObjectNode pn, AuditReport report, AuditReport.PlanInfo p, Lang lang) {
    pn.put("plan", p.id());
    pn.put("title", p.title());
    pn.put("region", p.region());
    pn.put("name", p.name());
    pn.put("findings", report.findings(p.id()).size());
    ObjectNode counts = pn.putObject("counts");
    counts.put("goals", p.summary().goals());
    counts.put("quantified", p.summary().quantified());
    counts.put("measuredAgainstNational", p.summary().measured());
    counts.put("weakerOrMissing", p.summary().weakerOrMissing());
    ArrayNode top = pn.putArray("top");
    for (Finding f : report.top(p.id())) {
      ObjectNode tn = top.addObject();
      tn.put("rule", f.ruleId());
      tn.put("severity", f.severity().name());
      tn.put("message", f.message().in(lang));
    }
    ObjectNode sev = pn.putObject("bySeverity");
    report.bySeverity(p.id()).forEach((s, n) -> sev.put(s.name(), n));
    ObjectNode rule = pn.putObject("byRule");
    report.byRule(p.id()).forEach(rule::put);
  }

  private static void finding(ObjectNode fn, Finding f, Lang lang) {
    Finding.Location w = f.where();
    fn.put("plan", w.planId());
    fn.put("region", w.region());
    fn.put("title", w.planTitle());
    fn.put("domain", w.domain());
    fn.put("item", w.item(lang));
    fn.put("kind", w.kind() == null ? null : w.kind().name().toLowerCase(Locale.ROOT));
    fn.put("n", w.n());
    fn.put("number", w.number());
    fn.put("goal", w.item(lang));
    fn.put("rule", f.ruleId());
    fn.put("ruleName", Messages.ruleName(f.ruleId()).in(lang));
    fn.put("severity", f.severity().name());
    fn.put("severityName", Messages.severity(f.severity()).in(lang));
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
    fn.put("message", f.message().in(lang));
    fn.put("suggestion", f.suggestion().in(lang));
    ObjectNode text = fn.putObject("text");
    ObjectNode zh = text.putObject("zh");
    zh.put("message", f.message().zh());
    zh.put("suggestion", f.suggestion().zh());
    ObjectNode en = text.putObject("en");
    en.put("message", f.message().en());
    en.put("suggestion", f.suggestion().en());
  }

  private static void both(ObjectNode n, Text t) {
    n.put("zh", t.zh());
    n.put("en", t.en());
  }
}
