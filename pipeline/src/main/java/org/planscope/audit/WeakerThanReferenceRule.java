package org.planscope.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.planscope.extract.IndicatorCatalogue.Direction;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Op;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * WEAKER_THAN_REFERENCE (低于上级目标) — a stated target looser than the reference for the same
 * year: the national target (the outlines' 2030 values, the 十四五 plans' 2025 milestones), the
 * parent plan's when the parent is in the data, or the parent's table given with {@code audit
 * --reference}. A 2021—2025 plan's 孕产妇死亡率 ≤ 12.5/10万 is held against the national 2025
 * milestone ≤ 14.5/10万 (and passes), never against the 2030 ≤ 12/10万.
 *
 * <p>A target's year is the year it states, else the end of its plan's period. When a reference
 * has no value for that year but the target is looser than its value for another year, the
 * finding is LOW, a "different horizon" note naming both years.
 *
 * <p>Only comparable pairs are compared: the indicator resolves in the catalogue (which gives the
 * good direction), the units agree, and the plan's comparator bounds the value on the side that
 * matters (≤, <, =, ≈ for a lower-is-better indicator).
 */
@RulePattern(id = "WEAKER_THAN_REFERENCE", severity = Severity.HIGH)
public final class WeakerThanReferenceRule implements AuditRule {
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

  /** One comparison: who, their value and year, and whether the years are the same. */
  private record Against(Text who, String value, Integer year, boolean sameYear) {}

  private void check(Plan plan, String domain, Item item, Optional<Plan> parent,
      AuditContext ctx, List<Finding> out) {
    for (Target t : item.statedTargets()) {
      if (t.value() == null) {
        continue;
      }
      Optional<Reference> ref = ctx.reference(t);
      Optional<Reference> table = ctx.parentReference(t);
      Direction direction = ref.map(Reference::direction)
          .orElseGet(() -> table.map(Reference::direction).orElse(null));
      if (direction == null) {
        continue;
      }
      Integer year = AuditContext.horizon(plan, t);
      List<Against> against = new ArrayList<>();
      ref.ifPresent(r -> compare(r, Messages.get("ref.national"), t, year, direction, against));
      table.ifPresent(r -> compare(r, ctx.parentLabel(), t, year, direction, against));
      if (parent.isPresent()) {
        Plan pp = parent.get();
        String key = ctx.key(t);
        pp.items().flatMap(i -> i.statedTargets().stream())
            .filter(p -> p.value() != null && ctx.key(p).equals(key)
                && Indicators.sameUnit(t.unit(), p.unit())
                && Objects.equals(AuditContext.horizon(pp, p), year)
                && weaker(direction, t.op(), t.value(), p.value()))
            .findFirst()
            .ifPresent(p -> against.add(new Against(
                Messages.get("ref.parent", MissingValueRule.name(pp)), Indicators.format(p),
                year, true)));
      }
      List<Against> same = against.stream().filter(Against::sameYear).toList();
      if (!same.isEmpty()) {
        Text message = null;
        List<String> raise = new ArrayList<>();
        for (Against a : same) {
          Text m = Messages.get("msg.weaker", t.indicator(), yearText(year),
              Indicators.format(t), a.who(), yearText(a.year()), a.value());
          message = message == null ? m : message.plus(Text.of("；")).plus(m);
          raise.add(a.value());
        }
        out.add(new Finding(id(), Severity.HIGH, Finding.Location.of(plan, domain, item),
            t.indicator(), Finding.Evidence.in(plan, item, t.raw(), t.span()), message,
            Messages.get("msg.weaker.suggest", String.join(" / ", raise),
                Messages.get("direction." + direction.name()))));
      } else if (!against.isEmpty()) {
        Against a = against.get(0);
        out.add(new Finding(id(), Severity.LOW, Finding.Location.of(plan, domain, item),
            t.indicator(), Finding.Evidence.in(plan, item, t.raw(), t.span()),
            Messages.get("msg.horizon", t.indicator(), yearText(year), Indicators.format(t),
                a.who(), yearText(a.year()), a.value()),
            Messages.get("msg.horizon.suggest", yearText(year))));
      }
    }
  }

  /**
   * Adds {@code r}'s value for the target's year when the target is looser; else, when {@code r}
   * has no value for that year, its nearest dated value when the target is looser than that.
   */
  private static void compare(Reference r, Text who, Target t, Integer year, Direction direction,
      List<Against> against) {
    Optional<Reference.Milestone> m = r.forYear(year);
    if (m.isPresent()) {
      Reference.Milestone x = m.get();
      if (Indicators.sameUnit(t.unit(), x.unit()) && weaker(direction, t.op(), t.value(), x.value())) {
        against.add(new Against(source(who, x), x.target(), x.year() != null ? x.year() : year,
            true));
      }
      return;
    }
    r.nearest(year).filter(x -> Indicators.sameUnit(t.unit(), x.unit())
            && weaker(direction, t.op(), t.value(), x.value()))
        .ifPresent(x -> against.add(new Against(source(who, x), x.target(), x.year(), false)));
  }

  /** 全国目标（《…》…）. */
  private static Text source(Text who, Reference.Milestone m) {
    return m.source() == null ? who : who.plus(Text.of("（" + m.source() + "）"));
  }

  private static String yearText(Integer year) {
    return year == null ? "?" : year.toString();
  }

  /** Whether {@code op value} is looser than {@code reference} for an indicator's direction. */
  static boolean weaker(Direction direction, Op op, BigDecimal value, BigDecimal reference) {
    if (op == null || value == null || reference == null) {
      return false;
    }
    if (direction == Direction.LOWER) {
      boolean bounds = op == Op.LE || op == Op.LT || op == Op.EQ || op == Op.APPROX;
      return bounds && value.compareTo(reference) > 0;
    }
    boolean bounds = op == Op.GE || op == Op.GT || op == Op.EQ || op == Op.APPROX;
    return bounds && value.compareTo(reference) < 0;
  }
}
