package org.planscope.audit;

import org.planscope.lexicon.Fold;
import org.planscope.format.Lang;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planscope.structure.DomainNames;
import org.planscope.audit.AuditContext.Use;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * ABSENT_INDICATOR (未设指标) — an indicator the references expect does not appear in the plan at
 * all: one the national outline of the plan's type quantifies (in a domain the plan has; the
 * value for the plan's horizon when there is one), or one that more than half of the
 * other plans of the same type in the data quantify (at least two). "Appear" means named anywhere
 * in a goal, measure or key project (any wording the catalogue lists, coordinated wordings such as
 * 宫颈癌、乳腺癌人群筛查率 included, see {@link IndicatorMentions}), or carried by a target.
 */
@RulePattern(id = "ABSENT_INDICATOR", severity = Severity.MEDIUM)
public final class AbsentIndicatorRule implements AuditRule {
  private final IndicatorMentions mentions = IndicatorMentions.standard();

  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    String text = planText(plan);
    String looseText = mentions.loose(text);
    Set<String> keys = new HashSet<>();
    plan.items().flatMap(i -> i.targets().stream()).forEach(t -> keys.add(ctx.key(t)));
    Set<String> domains = new HashSet<>();
    // a domain under another of its names (儿童与社会环境, 妇女与法治) is still the outline's domain
    plan.domains().forEach(d -> domains.add(Fold.key(DomainNames.canonical(d.name()))));

    Map<String, Finding> out = new LinkedHashMap<>();
    Integer year = plan.period() == null ? null : plan.period().end();
    for (Reference r : ctx.references().all()) {
      // only the outline's own targets: a milestone-only entry (a 2025 action plan's) is not
      // something the plan's outline asks every plan to carry
      if (r.value() == null || r.domain() == null || !domains.contains(Fold.key(r.domain()))
          || !forPlanType(r, plan) || keys.contains("id:" + r.indicatorId())
          || mentioned(text, looseText, r.names())) {
        continue;
      }
      Reference.Milestone m = r.forYear(year).or(() -> r.nearest(year)).orElseThrow();
      String who = m.source() != null ? m.source() : Messages.get(Lang.ZH, "ref.national");
      String y = m.year() == null ? "?" : m.year().toString();
      out.put("id:" + r.indicatorId(), new Finding(id(), Severity.MEDIUM,
          Finding.Location.of(plan, r.domain()), r.name(),
          Finding.Evidence.quote(who + "：" + r.name() + " " + m.target() + "（" + y + "）"),
          Messages.get("msg.absent.reference", r.name(), who, m.target(), y),
          Messages.get("msg.absent.reference.suggest", r.name(), y, m.target())));
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
      if (mentioned(text, looseText, names)) {
        continue;
      }
      String who = String.join("、", u.stream()
          .map(x -> MissingValueRule.name(x.plan()) + " " + Indicators.format(x.target())).toList());
      Finding national = out.get(e.getKey());
      if (national != null) {
        out.put(e.getKey(), new Finding(national.ruleId(), national.severity(), national.where(),
            national.indicator(), national.evidence(),
            national.message().plus(Messages.get("msg.absent.peers", u.size(), peers, who)),
            national.suggestion()));
        continue;
      }
      Use first = u.get(0);
      out.put(e.getKey(), new Finding(id(), Severity.LOW,
          Finding.Location.of(plan, mostCommonDomain(u)), first.target().indicator(),
          Finding.Evidence.quote(MissingValueRule.name(first.plan()) + "：" + first.target().raw()),
          Messages.get("msg.absent.peer", first.target().indicator(), u.size(), peers, who),
          Messages.get("msg.absent.peer.suggest", first.target().indicator(),
              MissingValueRule.name(first.plan()), Indicators.format(first.target()))));
    }
    return List.copyOf(out.values());
  }

  /**
   * A women's plan answers to the women's outline, a children's plan to the children's, a
   * combined plan (women_children) to both.
   */
  private static boolean forPlanType(Reference r, Plan plan) {
    return r.outline() == null || plan.planType() == null || "other".equals(plan.planType())
        || r.outline().equals(plan.planType())
        || "women_children".equals(plan.planType())
            && (r.outline().equals("women") || r.outline().equals("children"));
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
    plan.items().map(Item::text).forEach(t -> b.append(Fold.key(t)).append('\n'));
    return b.toString();
  }

  private boolean mentioned(String text, String looseText, List<String> names) {
    for (String n : names) {
      if (mentions.mentions(text, looseText, n)) {
        return true;
      }
    }
    return false;
  }
}
