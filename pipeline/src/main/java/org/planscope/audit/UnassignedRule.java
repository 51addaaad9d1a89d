package org.planscope.audit;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Role;
import org.planscope.model.UnitAssignment;

/**
 * UNASSIGNED (未明确牵头单位) — in a plan that assigns units to goals (at least half of its goals
 * name some unit, and some goal names a lead unit), a goal without a lead unit; the suggestion
 * counts the goals that do name one. A goal that names only 责任单位 is reported too, with those units in
 * the message. Plans that assign no units at goal level are not checked.
 */
@RulePattern(id = "UNASSIGNED", severity = Severity.LOW)
public final class UnassignedRule implements AuditRule {
  @Override
  public List<Finding> check(Plan plan, AuditContext ctx) {
    int goals = 0;
    int withUnits = 0;
    int withLead = 0;
    for (Domain d : plan.domains()) {
      for (Item g : d.goals()) {
        goals++;
        if (!g.units().isEmpty()) {
          withUnits++;
        }
        if (g.units().stream().anyMatch(u -> u.role() == Role.LEAD)) {
          withLead++;
        }
      }
    }
    // a plan that names units but never a lead one (责任单位 lists only) has no lead convention
    if (goals == 0 || withUnits * 2 < goals || withLead == 0) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (Domain d : plan.domains()) {
      for (Item g : d.goals()) {
        if (g.units().stream().anyMatch(u -> u.role() == Role.LEAD)) {
          continue;
        }
        List<String> others = g.units().stream().map(UnitAssignment::name).toList();
        Text message = others.isEmpty() ? Messages.get("msg.unassigned.none")
            : Messages.get("msg.unassigned.others", String.join("、", others));
        out.add(new Finding(id(), severity(), Finding.Location.of(plan, d.name(), g), null,
            Finding.Evidence.whole(plan, g), message,
            Messages.get("msg.unassigned.suggest", withLead, goals)));
      }
    }
    return out;
  }
}
