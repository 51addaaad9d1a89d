package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.planscope.model.Document;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Period;
import org.planscope.model.Plan;
import org.planscope.model.PlanText;
import org.planscope.model.Region;
import org.planscope.model.Section;
import org.planscope.model.SectionKind;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;
import org.planscope.model.Warning;
import org.planscope.structure.PlanStructure;

/**
 * The extraction stage: the targets and units of every item, the units a list or a note gives to
 * several items ({@link ListUnits}), the duties of the implementation and monitoring chapters,
 * the rows of indicator tables and the extraction warnings, assembled into the {@link Plan}.
 *
 * <p>The stages before it and its own parts work in offsets of the normalised text; its last step
 * turns every span of the plan into source offsets ({@link PlanText#toSource(Span)}), the way
 * Lucene's {@code correctOffset} ends an analysis chain. A plan never leaves this stage with
 * normalised offsets. Built once; safe to share between threads.
 */
public final class PlanExtractor {
  private final TargetExtractor targets;
  private final UnitExtractor units;
  private final ListUnits listUnits;
  private final IndicatorTableReader indicatorTables;

  public PlanExtractor() {
    this.targets = new TargetExtractor();
    this.units = new UnitExtractor();
    this.listUnits = new ListUnits(units);
    this.indicatorTables = new IndicatorTableReader(targets.catalogue(), units);
  }

  /** The plan of a document, from its normalised text and structure; spans in source offsets. */
  public Plan extract(Document doc, PlanText text, PlanStructure s) {
    List<Domain> domains = new ArrayList<>();
    for (Domain d : s.domains()) {
      List<UnitAssignment> all = new ArrayList<>(headingUnits(d, text, s.region()));
      all.addAll(closingUnits(d, text, s.region()));
      domains.add(d.withItems(
          listUnits(UnitExtractor.inherit(enrich(d.goals(), text, s.region(), s.period()), all),
              d.measures(), text, s.region()),
          listUnits(UnitExtractor.inherit(enrich(d.measures(), text, s.region(), s.period()),
              all), d.goals(), text, s.region())));
    }
    domains = TaskTableUnits.apply(domains, text, s.region(), units);
    DomainTables.Placed tables = DomainTables.place(domains,
        indicatorTables.read(text, s.period(), s.region(), goalTargets(domains)));
    domains = tables.domains();
    Plan plan = new Plan(id(doc), doc.source(), s.title(), s.titleInferred(), s.region(),
        s.period(), s.planType(), domains, enrich(s.keyProjects(), text, s.region(), s.period()),
        s.sections(), duties(s, text), warnings(doc, s, domains), tables.indicators());
    return plan.mapSpans(text::toSource);
  }

  /** The targets of every goal: what the plan states in prose, for its table's bare values. */
  private static List<org.planscope.model.Target> goalTargets(List<Domain> domains) {
    return domains.stream().flatMap(d -> d.goals().stream())
        .flatMap(i -> i.targets().stream()).toList();
  }

  /** A plan's id: its file name without the extension. */
  public static String id(Document doc) {
    String name = doc.source().fileName();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Where an item's title ends when it is a line of its own (a heading over its text), or -1. */
  static int titleLineEnd(Item item) {
    int nl = item.text().indexOf('\n');
    return nl > 0 && item.title() != null && !item.title().isEmpty()
        && item.text().substring(0, nl).strip().equals(item.title().strip()) ? nl : -1;
  }

  /** The targets and units of each item of one list. */
  private List<Item> enrich(List<Item> items, PlanText text, Region region, Period period) {
    List<Item> out = new ArrayList<>(items.size());
    for (Item item : items) {
      out.add(item
          .withTargets(targets.extract(item.text(), titleLineEnd(item), item.span(),
              period == null ? null : period.end()))
          .withUnits(UnitExtractor.placeIn(
              units.extract(text.substring(item.extent()), item.extent()), region)));
    }
    return listUnits.apply(out, text, region);
  }

  /**
   * Units a domain's heading line gives the whole domain (一、妇女与健康（牵头单位：县卫健局）): its
   * items without units of their own take them. None for a domain placed by content.
   */
  private List<UnitAssignment> headingUnits(Domain d, PlanText text, Region region) {
    if (d.inferred() || d.span() == null || d.span().isEmpty()) {
      return List.of();
    }
    String t = text.text();
    int end = t.indexOf('\n', d.span().start());
    end = end < 0 || end > d.span().end() ? d.span().end() : end;
    Span line = new Span(d.span().start(), end);
    return UnitExtractor.placeIn(units.sectionUnits(line.in(t), line), region);
  }

  /**
   * Units a note closing the domain gives all its items (以上目标和措施由旗卫健局牵头，…配合落实。 after
   * the last measure): items without units of their own take them.
   */
  private List<UnitAssignment> closingUnits(Domain d, PlanText text, Region region) {
    List<Item> last = d.measures().isEmpty() ? d.goals() : d.measures();
    if (last.isEmpty() || last.get(last.size() - 1).extent() == null) {
      return List.of();
    }
    Span extent = last.get(last.size() - 1).extent();
    return UnitExtractor.placeIn(units.closingNote(text.substring(extent), extent), region);
  }

  /**
   * Units a list's heading gives its items ((二）策略措施（牵头单位：县卫健局）): the line just above
   * the first item, when it is a short heading with a bracketed unit note; items without units of
   * their own take them.
   */
  private List<Item> listUnits(List<Item> items, List<Item> others, PlanText text,
      Region region) {
    if (items.isEmpty() || items.get(0).span() == null) {
      return items;
    }
    String t = text.text();
    int lineEnd = t.lastIndexOf('\n', Math.max(0, items.get(0).span().start() - 1));
    if (lineEnd <= 0) {
      return items;
    }
    int lineStart = t.lastIndexOf('\n', lineEnd - 1) + 1;
    String line = t.substring(lineStart, lineEnd);
    Span span = new Span(lineStart, lineEnd);
    if (!LIST_HEADING_NOTE.matcher(line).lookingAt() || others.stream().anyMatch(
        o -> o.extent() != null && o.extent().overlaps(span))) {
      return items; // not a heading, or the other list's last item and its note
    }
    return UnitExtractor.inherit(items,
        UnitExtractor.placeIn(units.sectionUnits(line, span), region));
  }

  /** A short heading, then a bracket that opens its note: 策略措施（牵头单位：…）. */
  private static final Pattern LIST_HEADING_NOTE =
      Pattern.compile("\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十\\d]{1,3}[、.．])?"
          + "[^。，；,;（(【\\[\\n]{2,16}[（(【\\[][^。]*[）)】\\]]\\s*$");

  /** Unit duties of the 组织实施 and 监测评估 chapters. */
  private List<UnitAssignment> duties(PlanStructure s, PlanText text) {
    List<UnitAssignment> duties = new ArrayList<>();
    for (Section section : s.sections()) {
      if (section.kind() == SectionKind.IMPLEMENTATION || section.kind() == SectionKind.MONITORING) {
        duties.addAll(UnitExtractor.placeIn(
            units.extractDuties(text.substring(section.span()), section.span()), s.region()));
      }
    }
    return duties;
  }

  /**
   * The structure's warnings, then doubtful target units; first of all, when the text came from
   * OCR, a warning that says so.
   */
  private List<Warning> warnings(Document doc, PlanStructure s, List<Domain> domains) {
    List<Warning> out = new ArrayList<>();
    if (doc.recognised()) {
      out.add(new Warning("TEXT_FROM_OCR", "the PDF has no text layer; its text was"
          + " recognised by OCR (" + doc.ocrEngine() + "): check figures and names against the"
          + " original", null, List.of(doc.ocrEngine())));
    }
    out.addAll(s.warnings());
    for (Domain d : domains) {
      for (Item item : Stream.concat(d.goals().stream(), d.measures().stream()).toList()) {
        out.addAll(targets.doubtfulUnits(item.targets()));
      }
    }
    return out;
  }
}
