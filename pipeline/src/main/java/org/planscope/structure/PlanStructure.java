package org.planscope.structure;

import java.util.List;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Period;
import org.planscope.model.Region;
import org.planscope.model.Section;
import org.planscope.model.Warning;

/** What the structure stage recovers from a plan's text. */
public record PlanStructure(
    String title,
    boolean titleInferred,
    Region region,
    Period period,
    String planType,
    List<Domain> domains,
    List<Item> keyProjects,
    List<Section> sections,
    List<Warning> warnings) {
  public PlanStructure {
    domains = List.copyOf(domains);
    keyProjects = List.copyOf(keyProjects);
    sections = List.copyOf(sections);
    warnings = List.copyOf(warnings);
  }

  /** This structure without domains and key projects (a report on a plan: nothing to read). */
  public PlanStructure withoutItems() {
    return new PlanStructure(title, titleInferred, region, period, planType, List.of(), List.of(),
        sections, warnings);
  }
}
