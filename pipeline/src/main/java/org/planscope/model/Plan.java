package org.planscope.model;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One plan document, fully extracted. Every span in it, of every domain, item, target, unit,
 * section and warning, is {@code [start, end)} in the <em>source</em> text (the decoded file, or
 * the text the reader rendered), whether the plan was just extracted or read back from JSON. The
 * normalised text the stages worked on is a separate artifact ({@link PlanText}), asked for on
 * its own.
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
    List<Item> indicators) {
  public Plan {
    Objects.requireNonNull(id, "id");
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
      List<Section> sections, List<UnitAssignment> implementationUnits, List<Warning> warnings) {
    this(id, source, title, titleInferred, region, period, planType, domains, keyProjects,
        sections, implementationUnits, warnings, List.of());
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
        keyProjects, sections, implementationUnits, warnings, indicators);
  }

  /** The same plan read from another path (the same bytes: only {@code source.path} changes). */
  public Plan withSourcePath(String path) {
    Source moved = new Source(path, source.fileName(), source.sha256(), source.mediaType(),
        source.bytes());
    return new Plan(id, moved, title, titleInferred, region, period, planType, domains,
        keyProjects, sections, implementationUnits, warnings, indicators);
  }

  /**
   * The same plan with every span passed through {@code f} (null spans stay null): how the
   * extraction stage turns normalised offsets into source offsets, once, at its end.
   */
  public Plan mapSpans(UnaryOperator<Span> f) {
    UnaryOperator<Span> g = s -> s == null ? null : f.apply(s);
    return new Plan(id, source, title, titleInferred, region, period, planType,
        domains.stream().map(d -> d.mapSpans(g)).toList(),
        keyProjects.stream().map(i -> i.mapSpans(g)).toList(),
        sections.stream().map(s -> new Section(s.kind(), s.heading(), g.apply(s.span()))).toList(),
        implementationUnits.stream().map(u -> u.withSpan(g.apply(u.span()))).toList(),
        warnings.stream().map(w -> w.withSpan(g.apply(w.span()))).toList(),
        indicators.stream().map(i -> i.mapSpans(g)).toList());
  }

  public Plan withDomains(List<Domain> newDomains) {
    return new Plan(id, source, title, titleInferred, region, period, planType, newDomains,
        keyProjects, sections, implementationUnits, warnings, indicators);
  }
}
