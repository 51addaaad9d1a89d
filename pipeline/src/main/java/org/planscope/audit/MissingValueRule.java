package org.planscope.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;

/**
 * MISSING_VALUE — a goal names a quantifiable indicator but states no number: {@code
 * 适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高}.
 *
 * <p>The target extractor's {@link TargetStatus#MISSING_VALUE} targets are reported first; the
 * rule's own {@link QualitativeTargetFinder} adds the mentions the extractor did not mark, unless
 * they overlap one already reported or a stated target covers the same indicator (in the goal, or
 * in any goal of the plan). Measures and key projects are not checked: a measure that says 提高筛查率
 * serves a goal, it is not one.
 */
public final class MissingValueRule implements AuditRule {
  private final QualitativeTargetFinder finder;

  public MissingValueRule() {
    this(QualitativeTargetFinder.standard());
  }

  MissingValueRule(QualitativeTargetFinder finder) {
    this.finder = finder;
  }

  @Override
  public String id() {
    return "MISSING_VALUE";
  }

  @Override
  public String summary() {
    return "a goal names a quantifiable indicator (…率, …比例, …人数) but states no number";
  }

  @Override
  public Severity severity() {
    return Severity.MEDIUM;
  }

  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    List<String> statedKeys = new ArrayList<>();
    for (Domain d : plan.domains()) {
      for (Item g : d.goals()) {
        for (Target t : g.statedTargets()) {
          statedKeys.add(Indicators.key(t.indicator()));
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
      reportedKeys.add(Indicators.key(t.indicator()));
      out.add(finding(plan, d, goal, t.indicator(), e, ctx));
    }
    List<int[]> stated = new ArrayList<>();
    List<String> statedHere = new ArrayList<>();
    for (Target t : goal.statedTargets()) {
      statedHere.add(Indicators.key(t.indicator()));
      int at = t.raw() == null || t.raw().isEmpty() ? -1 : goal.text().indexOf(t.raw());
      if (at >= 0) {
        stated.add(new int[] {at, at + t.raw().length()});
      }
    }
    for (QualitativeTargetFinder.Mention m : finder.find(goal.text())) {
      String key = Indicators.key(m.indicator());
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
    String suggestion = "state a target value (and the year) for " + indicator;
    Optional<Reference> ref = national(indicator, ctx);
    if (ref.isPresent()) {
      suggestion += "; the national outline sets " + ref.get().name() + " " + ref.get().target();
    }
    Optional<Plan> parent = ctx.parentOf(plan);
    if (parent.isPresent()) {
      String key = Indicators.key(indicator);
      Optional<Target> p = parent.get().items().flatMap(i -> i.statedTargets().stream())
          .filter(t -> !Indicators.key(t.indicator()).isEmpty()
              && key.contains(Indicators.key(t.indicator())))
          .findFirst();
      if (p.isPresent()) {
        suggestion += "; the parent plan (" + name(parent.get()) + ") sets " + p.get().indicator()
            + " " + Indicators.format(p.get());
      }
    }
    return new Finding(id(), severity(), Finding.Location.of(plan, d.name(), goal), indicator,
        evidence, "「" + indicator + "」 has a qualitative aim but no target value", suggestion);
  }

  /** A quantified catalogue entry whose name or synonym the indicator phrase contains. */
  private static Optional<Reference> national(String indicator, AuditContext ctx) {
    String key = Indicators.key(indicator);
    Reference best = null;
    int bestLen = 0;
    for (Reference r : ctx.references().all()) {
      if (!r.quantified()) {
        continue;
      }
      for (String n : r.names()) {
        String k = Indicators.key(n);
        if (!k.isEmpty() && key.contains(k) && k.length() > bestLen) {
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
