package org.planscope.audit;

import org.planscope.lexicon.Fold;
import org.planscope.format.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;

/**
 * MISSING_VALUE (缺少目标值) — a goal names a quantifiable indicator but states no number: {@code
 * 适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高}.
 *
 * <p>What a user can act on is MEDIUM: the national targets quantify the indicator (全国纲要要求…达
 * 到X，本规划未量化; the target for the plan's horizon when there is one) or a peer plan does (named
 * by region). A plan that only repeats a qualitative aim nobody quantifies (妇女焦虑障碍、抑郁症患病率
 * 上升趋势减缓) gets an INFO finding.
 *
 * <p>The target extractor's {@link TargetStatus#MISSING_VALUE} targets are reported first; the
 * rule's own {@link QualitativeTargetFinder} adds the mentions the extractor did not mark, unless
 * they overlap one already reported or a stated target covers the same indicator (in the goal, or
 * in any goal of the plan). Measures and key projects are not checked: a measure that says 提高筛查率
 * serves a goal, it is not one.
 */
@RulePattern(id = "MISSING_VALUE", severity = Severity.MEDIUM)
public final class MissingValueRule implements AuditRule {
  /** A peer's indicator shorter than this (女性比例) is too generic to match inside a phrase. */
  private static final int MIN_PEER_NAME = 6;

  private final QualitativeTargetFinder finder;
  private final IndicatorMentions mentions = IndicatorMentions.standard();

  public MissingValueRule() {
    this(QualitativeTargetFinder.standard());
  }

  MissingValueRule(QualitativeTargetFinder finder) {
    this.finder = finder;
  }

  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    List<String> statedKeys = new ArrayList<>();
    for (Domain d : plan.domains()) {
      for (Item g : d.goals()) {
        for (Target t : g.statedTargets()) {
          statedKeys.add(Fold.key(t.indicator()));
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Domain d : plan.domains()) {
      for (Item goal : d.goals()) {
        check(plan, d, goal, statedKeys, ctx, out);
      }
    }
    return out;
  }

  private void check(Plan plan, Domain d, Item goal, List<String> statedKeys, AuditContext ctx,
      List<Finding> out) {
    List<int[]> reported = new ArrayList<>();
    List<String> reportedKeys = new ArrayList<>();
    for (Target t : goal.targets()) {
      if (t.status() != TargetStatus.MISSING_VALUE) {
        continue;
      }
      String quote = t.raw() != null && !t.raw().isEmpty() ? t.raw() : t.indicator();
      Finding.Evidence e = Finding.Evidence.in(plan, goal, quote, t.span());
      if (e.start() >= 0) {
        reported.add(new int[] {e.start(), e.start() + e.text().length()});
      }
      reportedKeys.add(Fold.key(t.indicator()));
      out.add(finding(plan, d, goal, t.indicator(), e, ctx));
    }
    List<int[]> stated = new ArrayList<>();
    List<String> statedHere = new ArrayList<>();
    for (Target t : goal.statedTargets()) {
      statedHere.add(Fold.key(t.indicator()));
      int at = t.raw() == null || t.raw().isEmpty() ? -1 : goal.text().indexOf(t.raw());
      if (at >= 0) {
        stated.add(new int[] {at, at + t.raw().length()});
      }
    }
    for (QualitativeTargetFinder.Mention m : finder.find(goal.text())) {
      String key = Fold.key(m.indicator());
      if (overlaps(reported, m.indicatorStart(), m.end()) || related(reportedKeys, key)
          || overlaps(stated, m.indicatorStart(), m.indicatorEnd()) || related(statedHere, key)
          || statedKeys.contains(key)) {
        continue;
      }
      out.add(finding(plan, d, goal, m.indicator(),
          Finding.Evidence.in(plan, goal, m.start(), m.end()), ctx));
    }
  }

  private Finding finding(Plan plan, Domain d, Item goal, String indicator,
      Finding.Evidence evidence, AuditContext ctx) {
    Integer year = plan.period() == null ? null : plan.period().end();
    Text suggestion = Messages.get("msg.missing.suggest", indicator);
    Optional<Plan> parent = ctx.parentOf(plan);
    if (parent.isPresent()) {
      String key = Fold.key(indicator);
      Optional<Target> p = parent.get().items().flatMap(i -> i.statedTargets().stream())
          .filter(t -> !Fold.key(t.indicator()).isEmpty()
              && key.contains(Fold.key(t.indicator())))
          .findFirst();
      if (p.isPresent()) {
        suggestion = suggestion.plus(Messages.get("msg.missing.parent", name(parent.get()),
            p.get().indicator(), Indicators.format(p.get())));
      }
    }
    Finding.Location where = Finding.Location.of(plan, d.name(), goal);
    Optional<Reference> ref = national(indicator, ctx);
    if (ref.isPresent()) {
      Reference r = ref.get();
      Reference.Milestone m = r.forYear(year).or(() -> r.nearest(year)).orElseThrow();
      String who = m.source() != null ? m.source() : Messages.get(Lang.ZH, "ref.national");
      return new Finding(id(), Severity.MEDIUM, where, indicator, evidence,
          Messages.get("msg.missing.reference", indicator, who,
              m.year() == null ? "?" : m.year(), r.name() + " " + m.target()),
          suggestion);
    }
    List<String> peers = peers(plan, indicator, ctx);
    if (!peers.isEmpty()) {
      return new Finding(id(), Severity.MEDIUM, where, indicator, evidence,
          Messages.get("msg.missing.peers", indicator, peers.size(), String.join("；", peers)),
          suggestion);
    }
    return new Finding(id(), Severity.INFO, where, indicator, evidence,
        Messages.get("msg.missing.info", indicator), suggestion);
  }

  /** Peers that quantify the indicator: 鹿寨县 ≥ 90% …, one per peer, by region. */
  private List<String> peers(Plan plan, String indicator, AuditContext ctx) {
    String key = Fold.key(indicator);
    List<String> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (List<AuditContext.Use> uses : ctx.peerUses(plan, 1).values()) {
      for (AuditContext.Use u : uses) {
        String k = Fold.key(u.target().indicator());
        boolean same = k.equals(key)
            || (k.length() >= MIN_PEER_NAME && mentions.mentions(key, k));
        if (same && seen.add(u.plan().id())) {
          out.add(name(u.plan()) + " " + Indicators.format(u.target()));
        }
      }
    }
    return out;
  }

  /**
   * A quantified catalogue entry whose name or synonym the indicator phrase names (coordinated
   * wordings included: 宫颈癌、乳腺癌人群筛查率 names 宫颈癌人群筛查率), the longest name first.
   */
  private Optional<Reference> national(String indicator, AuditContext ctx) {
    String key = Fold.key(indicator);
    Reference best = null;
    int bestLen = 0;
    for (Reference r : ctx.references().all()) {
      if (!r.quantified()) {
        continue;
      }
      for (String n : r.names()) {
        String k = Fold.key(n);
        if (!k.isEmpty() && k.length() > bestLen && mentions.mentions(key, k)) {
          best = r;
          bestLen = k.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  static String name(Plan p) {
    return p.region().name() != null ? p.region().name() : p.id();
  }

  private static boolean overlaps(List<int[]> ranges, int start, int end) {
    for (int[] r : ranges) {
      if (r[0] < end && start < r[1]) {
        return true;
      }
    }
    return false;
  }

  /** The same indicator, or one phrase containing the other (宫颈癌筛查率 / 适龄妇女宫颈癌筛查率). */
  private static boolean related(List<String> keys, String key) {
    for (String k : keys) {
      if (!k.isEmpty() && (k.contains(key) || key.contains(k))) {
        return true;
      }
    }
    return false;
  }
}
