package org.planscope.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;

/**
 * INCONSISTENT — one plan gives the same indicator (same catalogue id or same wording, same unit)
 * different values: goal 2 says 孕产妇死亡率 ≤ 8/10万, a key project ≤ 10/10万. Targets for
 * different years (2025 and 2030) are not a conflict. One finding per indicator, at its first
 * occurrence, listing every value and where it is.
 */
public final class InconsistentRule implements AuditRule {
  @Override
  public String id() {
    return "INCONSISTENT";
  }

  @Override
  public String summary() {
    return "the same indicator has different values within one plan (goal, measure, key project)";
  }

  @Override
  public Severity severity() {
    return Severity.HIGH;
  }

  private record Occurrence(String domain, Item item, Target target) {
    String where() {
      Finding.Location l = new Finding.Location("", null, domain, item.kind(), item.n(), "");
      return l.item() + (domain == null ? "" : ", " + domain);
    }

    String value() {
      return target.valueText() != null ? Indicators.key(target.valueText())
          : target.value().stripTrailingZeros().toPlainString();
    }
  }

  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    Map<String, List<Occurrence>> groups = new LinkedHashMap<>();
    for (Domain d : plan.domains()) {
      for (Item item : d.goals()) {
        add(groups, d.name(), item, ctx);
      }
      for (Item item : d.measures()) {
        add(groups, d.name(), item, ctx);
      }
    }
    for (Item item : plan.keyProjects()) {
      add(groups, null, item, ctx);
    }
    List<Finding> out = new ArrayList<>();
    for (List<Occurrence> group : groups.values()) {
      Occurrence first = group.get(0);
      boolean conflict = false;
      for (int i = 0; i < group.size() && !conflict; i++) {
        for (int j = i + 1; j < group.size() && !conflict; j++) {
          conflict = conflicts(group.get(i), group.get(j));
        }
      }
      if (!conflict) {
        continue;
      }
      List<String> listed = new ArrayList<>();
      for (Occurrence o : group) {
        listed.add(Indicators.format(o.target()) + " (" + o.where() + ")");
      }
      Target t = first.target();
      out.add(new Finding(id(), severity(), Finding.Location.of(plan, first.domain(), first.item()),
          t.indicator(), Finding.Evidence.in(plan, first.item(), t.raw(), t.span()),
          "「" + t.indicator() + "」 has different values: " + String.join("; ", listed),
          "use one value for " + t.indicator() + " across goals, measures and key projects"));
    }
    return out;
  }

  private static void add(Map<String, List<Occurrence>> groups, String domain, Item item,
      AuditContext ctx) {
    for (Target t : item.statedTargets()) {
      if (t.value() == null && t.valueText() == null) {
        continue;
      }
      String key = ctx.key(t) + "\t" + Indicators.key(t.unit());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(domain, item, t));
    }
  }

  private static boolean conflicts(Occurrence a, Occurrence b) {
    Integer ya = a.target().year();
    Integer yb = b.target().year();
    if (ya != null && yb != null && !ya.equals(yb)) {
      return false;
    }
    return !Objects.equals(a.value(), b.value());
  }
}
