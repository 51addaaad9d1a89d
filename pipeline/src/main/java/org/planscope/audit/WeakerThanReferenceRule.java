package org.planscope.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Op;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * WEAKER_THAN_REFERENCE — a stated target looser than the national outline's, or than the parent
 * plan's when the parent is in the data: 孕产妇死亡率 ≤ 12.5/10万 against the national ≤ 12/10万.
 *
 * <p>Only comparable pairs are compared: the indicator resolves in the catalogue (which gives the
 * good direction), the units agree (% with %, 1/10万 with 1/10万), and the plan's comparator bounds
 * the value on the side that matters (≤, <, =, ≈ for a lower-is-better indicator). A lower-is-better
 * bound above the reference, or a higher-is-better bound below it, is weaker.
 */
public final class WeakerThanReferenceRule implements AuditRule {
  @Override
  public String id() {
    return "WEAKER_THAN_REFERENCE";
  }

  @Override
  public String summary() {
    return "a target is looser than the national outline's or the parent plan's";
  }

  @Override
  public Severity severity() {
    return Severity.HIGH;
  }

  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    Optional<Plan> parent = ctx.parentOf(plan);
    List<Finding> out = new ArrayList<>();
    for (Domain d : plan.domains()) {
      for (Item item : d.goals()) {
        check(plan, d.name(), item, parent, ctx, out);
      }
      for (Item item : d.measures()) {
        check(plan, d.name(), item, parent, ctx, out);
      }
    }
    for (Item item : plan.keyProjects()) {
      check(plan, null, item, parent, ctx, out);
    }
    return out;
  }

  private void check(Plan plan, String domain, Item item, Optional<Plan> parent,
      AuditContext ctx, List<Finding> out) {
    for (Target t : item.statedTargets()) {
      Optional<Reference> ref = ctx.reference(t);
      if (t.value() == null || ref.isEmpty() || ref.get().direction() == null) {
        continue;
      }
      Reference r = ref.get();
      List<String> against = new ArrayList<>();
      List<String> raise = new ArrayList<>();
      if (r.quantified() && Indicators.sameUnit(t.unit(), r.unit())
          && weaker(r.direction(), t.op(), t.value(), r.value())) {
        against.add("the national outline's " + r.target());
        raise.add(r.target() + " (national)");
      }
      if (parent.isPresent()) {
        String key = ctx.key(t);
        parent.get().items().flatMap(i -> i.statedTargets().stream())
            .filter(p -> p.value() != null && ctx.key(p).equals(key)
                && Indicators.sameUnit(t.unit(), p.unit())
                && weaker(r.direction(), t.op(), t.value(), p.value()))
            .findFirst()
            .ifPresent(p -> {
              String who = MissingValueRule.name(parent.get());
              against.add("the parent plan's (" + who + ") " + Indicators.format(p));
              raise.add(Indicators.format(p) + " (" + who + ")");
            });
      }
      if (against.isEmpty()) {
        continue;
      }
      out.add(new Finding(id(), severity(), Finding.Location.of(plan, domain, item),
          t.indicator(), Finding.Evidence.in(plan, item, t.raw(), t.span()),
          "「" + t.indicator() + "」 " + Indicators.format(t) + " is looser than "
              + String.join(" and ", against),
          "tighten to at least " + String.join(" / ", raise)
              + (r.direction() == Direction.LOWER_IS_BETTER ? "; lower is better"
                  : "; higher is better")));
    }
  }

  /** Whether {@code op value} is looser than {@code reference} for an indicator's direction. */
  static boolean weaker(Direction direction, Op op, BigDecimal value, BigDecimal reference) {
    if (op == null || value == null || reference == null) {
      return false;
    }
    if (direction == Direction.LOWER_IS_BETTER) {
      boolean bounds = op == Op.LE || op == Op.LT || op == Op.EQ || op == Op.APPROX;
      return bounds && value.compareTo(reference) > 0;
    }
    boolean bounds = op == Op.GE || op == Op.GT || op == Op.EQ || op == Op.APPROX;
    return bounds && value.compareTo(reference) < 0;
  }
}
