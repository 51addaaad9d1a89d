package org.planscope.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One plan document, fully extracted.
 *
 * @param id a stable id: the source file name without its extension
 * @param source where it came from
 * @param title as a reader would write it (inferred when the file has none)
 * @param titleInferred true when the title was not printed in the file
 * @param region the administrative region
 * @param period the years covered, or null when unknown
 * @param planType {@code women}, {@code children} or {@code other}
 * @param domains development areas in text order
 * @param keyProjects 重点工程 items, never goals
 * @param sections chapters kept for later stages (组织实施, 监测评估 …)
 * @param implementationUnits unit assignments in the implementation and monitoring chapters
 * @param warnings what could not be read with confidence
 * @param text the normalised text every span points into
 * @param indicators rows of the plan's indicator tables (主要指标 / 发展目标 tables), one item of
 *     kind {@link ItemKind#INDICATOR} per row, in text order; never goals
 */
public record Plan(
    String id,
    Source source,
    String title,
    boolean titleInferred,
    Region region,
    Period period,
    String planType,
    List<Domain> domains,
    List<Item> keyProjects,
    List<Section> sections,
    List<UnitAssignment> implementationUnits,
    List<Warning> warnings,
    PlanText text,
    List<Item> indicators) {
  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    region = region == null ? Region.UNKNOWN : region;
    domains = List.copyOf(domains);
    keyProjects = List.copyOf(keyProjects);
    sections = List.copyOf(sections);
    implementationUnits = List.copyOf(implementationUnits);
    warnings = List.copyOf(warnings);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }

  /** A plan without indicator tables (the parameter list before {@code indicators}). */
  public Plan(String id, Source source, String title, boolean titleInferred, Region region,
      Period period, String planType, List<Domain> domains, List<Item> keyProjects,
      List<Section> sections, List<UnitAssignment> implementationUnits, List<Warning> warnings,
      PlanText text) {
    this(id, source, title, titleInferred, region, period, planType, domains, keyProjects,
        sections, implementationUnits, warnings, text, List.of());
  }

  /** Every goal, measure, key project and indicator row, in document order of domains. */
  public Stream<Item> items() {
    return Stream.concat(Stream.concat(
        domains.stream().flatMap(d -> Stream.concat(d.goals().stream(), d.measures().stream())),
        keyProjects.stream()), indicators.stream());
  }

  /** The same plan under another id (its identity in the data folder, the index and the web). */
  public Plan withId(String newId) {
    return new Plan(newId, source, title, titleInferred, region, period, planType, domains,
        keyProjects, sections, implementationUnits, warnings, text, indicators);
  }

  /** The same plan read from another path (the same bytes: only {@code source.path} changes). */
  public Plan withSourcePath(String path) {
    Source moved = new Source(path, source.fileName(), source.sha256(), source.mediaType(),
        source.bytes());
    return new Plan(id, moved, title, titleInferred, region, period, planType, domains,
        keyProjects, sections, implementationUnits, warnings, text, indicators);
  }

  public Plan withDomains(List<Domain> newDomains) {
    return new Plan(id, source, title, titleInferred, region, period, planType, newDomains,
        keyProjects, sections, implementationUnits, warnings, text, indicators);
  }
}
