package org.planscope.audit;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Role;
import org.planscope.model.UnitAssignment;

/**
 * UNASSIGNED — in a plan that assigns units to goals (at least half of its goals name some unit),
 * a goal without a lead unit. A goal that names only 责任单位 is reported too, with those units in
 * the message. Plans that assign no units at goal level are not checked.
 */
public final class UnassignedRule implements AuditRule {
  @Override
  public String id() {
    return "UNASSIGNED";
  }

  @Override
  public String summary() {
    return "in a plan that assigns units to goals, a goal without a lead unit";
  }

  @Override
  public Severity severity() {
    return Severity.LOW;
  }

  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    int goals = 0;
    int withUnits = 0;
    for (Domain d : plan.domains()) {
      for (Item g : d.goals()) {
        goals++;
        if (!g.units().isEmpty()) {
          withUnits++;
        }
      }
    }
    if (goals == 0 || withUnits * 2 < goals) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (Domain d : plan.domains()) {
      for (Item g : d.goals()) {
        if (g.units().stream().anyMatch(u -> u.role() == Role.LEAD)) {
          continue;
        }
        List<String> others = g.units().stream().map(UnitAssignment::name).toList();
        String message = others.isEmpty() ? "the goal names no unit"
            : "the goal names no lead unit, only " + String.join("、", others);
        out.add(new Finding(id(), severity(), Finding.Location.of(plan, d.name(), g), null,
            Finding.Evidence.whole(plan, g), message,
            "name a lead unit (牵头单位) for this goal, as the plan does for " + withUnits + " of "
                + goals + " goals"));
      }
    }
    return out;
  }
}
