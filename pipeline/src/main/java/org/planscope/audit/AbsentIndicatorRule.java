package org.planscope.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planscope.audit.AuditContext.Use;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * ABSENT_INDICATOR — an indicator the references expect does not appear in the plan at all: one
 * the national outline quantifies (in a domain the plan has), or one that more than half of the
 * other plans of the same type in the data quantify (at least two). "Appear" means named anywhere
 * in a goal, measure or key project (any wording the catalogue lists, coordinated wordings such as
 * 宫颈癌、乳腺癌人群筛查率 included, see {@link IndicatorMentions}), or carried by a target.
 */
public final class AbsentIndicatorRule implements AuditRule {
  private final IndicatorMentions mentions = IndicatorMentions.standard();

  @Override
  public String id() {
    return "ABSENT_INDICATOR";
  }

  @Override
  public String summary() {
    return "an indicator the national outline or most peer plans quantify is not in the plan";
  }

  @Override
  public Severity severity() {
    return Severity.MEDIUM;
  }

  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    String text = planText(plan);
    Set<String> keys = new HashSet<>();
    plan.items().flatMap(i -> i.targets().stream()).forEach(t -> keys.add(ctx.key(t)));
    Set<String> domains = new HashSet<>();
    plan.domains().forEach(d -> domains.add(Indicators.key(d.name())));

    Map<String, Finding> out = new LinkedHashMap<>();
    for (Reference r : ctx.references().all()) {
      if (!r.quantified() || r.domain() == null || !domains.contains(Indicators.key(r.domain()))
          || keys.contains("id:" + r.indicatorId()) || mentioned(text, r.names())) {
        continue;
      }
      out.put("id:" + r.indicatorId(), new Finding(id(), Severity.MEDIUM,
          Finding.Location.of(plan, r.domain()), r.name(),
          Finding.Evidence.quote("national outline: " + r.name() + " " + r.target()),
          "the national outline quantifies 「" + r.name() + "」 (" + r.target()
              + "); the plan never mentions it",
          "add a goal with a value for " + r.name() + " (national: " + r.target() + ")"));
    }

    int peers = ctx.peerCount(plan);
    // more than half of the peers, and at least two
    Map<String, List<Use>> uses = ctx.peerUses(plan, Math.max(2, peers / 2 + 1));
    for (Map.Entry<String, List<Use>> e : uses.entrySet()) {
      List<Use> u = e.getValue();
      if (u.size() < 2 || u.size() * 2 <= peers || keys.contains(e.getKey())) {
        continue;
      }
      List<String> names = new ArrayList<>();
      u.forEach(x -> names.add(x.target().indicator()));
      if (e.getKey().startsWith("id:")) {
        ctx.references().resolve(e.getKey().substring(3)).ifPresent(r -> names.addAll(r.names()));
      }
      if (mentioned(text, names)) {
        continue;
      }
      String who = String.join(", ", u.stream().map(x -> x.plan().id()).toList());
      String quoted = u.size() + " of " + peers + " other plans quantify it (" + who + ")";
      Finding national = out.get(e.getKey());
      if (national != null) {
        out.put(e.getKey(), new Finding(national.ruleId(), national.severity(), national.where(),
            national.indicator(), national.evidence(), national.message() + "; " + quoted,
            national.suggestion()));
        continue;
      }
      Use first = u.get(0);
      out.put(e.getKey(), new Finding(id(), Severity.LOW,
          Finding.Location.of(plan, mostCommonDomain(u)), first.target().indicator(),
          Finding.Evidence.quote(first.plan().id() + ": " + first.target().raw()),
          "「" + first.target().indicator() + "」 is never mentioned; " + quoted,
          "consider a goal with a value for " + first.target().indicator() + " (e.g. "
              + MissingValueRule.name(first.plan()) + ": " + Indicators.format(first.target())
              + ")"));
    }
    return List.copyOf(out.values());
  }

  private static String mostCommonDomain(List<Use> uses) {
    Map<String, Integer> count = new LinkedHashMap<>();
    for (Use u : uses) {
      if (u.domain() != null) {
        count.merge(u.domain(), 1, Integer::sum);
      }
    }
    return count.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** Every item text of the plan, normalised, one per line. */
  private static String planText(Plan plan) {
    StringBuilder b = new StringBuilder();
    plan.items().map(Item::text).forEach(t -> b.append(Indicators.key(t)).append('\n'));
    return b.toString();
  }

  private boolean mentioned(String text, List<String> names) {
    for (String n : names) {
      if (mentions.mentions(text, n)) {
        return true;
      }
    }
    return false;
  }
}
