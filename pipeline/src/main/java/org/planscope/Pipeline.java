package org.planscope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planscope.extract.IndicatorTableReader;
import org.planscope.extract.TargetExtractor;
import org.planscope.extract.TaskTableUnits;
import org.planscope.extract.UnitExtractor;
import org.planscope.ingest.DocumentReader;
import org.planscope.ingest.ReadException;
import org.planscope.ingest.TikaDocumentReader;
import org.planscope.model.Document;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Period;
import org.planscope.model.Plan;
import org.planscope.model.PlanText;
import org.planscope.model.Region;
import org.planscope.model.Section;
import org.planscope.model.Span;
import org.planscope.model.SectionKind;
import org.planscope.model.UnitAssignment;
import org.planscope.model.Warning;
import org.planscope.structure.PlanStructure;
import org.planscope.structure.StructureParser;
import org.planscope.text.TextNormalizer;

/**
 * The composition root: read → normalise → structure → targets → units. Each stage is built once
 * and is safe to share between threads.
 */
public final class Pipeline {
  private final DocumentReader reader;
  private final TextNormalizer normalizer;
  private final StructureParser structure;
  private final TargetExtractor targets;
  private final UnitExtractor units;
  private final IndicatorTableReader indicatorTables;

  public Pipeline() {
    this(new TikaDocumentReader());
  }

  public Pipeline(DocumentReader reader) {
    this.reader = reader;
    this.normalizer = new TextNormalizer();
    this.structure = new StructureParser();
    this.targets = new TargetExtractor();
    this.units = new UnitExtractor();
    this.indicatorTables = new IndicatorTableReader(targets.catalogue(), units);
  }

  /** Reads and extracts one file. */
  public Plan run(Path path) throws ReadException {
    return process(reader.read(path));
  }

  /** Extracts a plan from a document already read. */
  public Plan process(Document doc) {
    PlanText text = normalize(doc);
    return extract(doc, text, structure.parse(text, sourceTitle(doc)));
  }

  /** The title the file carries besides its text (HTML title, document property), or null. */
  private static String sourceTitle(Document doc) {
    String t = doc.metadata().get("dc:title");
    return t != null ? t : doc.metadata().get("title");
  }

  /** The reader stage (timed on its own by the benchmark). */
  public DocumentReader reader() {
    return reader;
  }

  /** The normaliser stage. */
  public PlanText normalize(Document doc) {
    return normalizer.normalize(doc);
  }

  /** The structure stage: outline, metadata, domains with goals and measures. */
  public PlanStructure structure(PlanText text) {
    return structure.parse(text);
  }

  /**
   * The extraction stage: targets and units of every item and duty, and the rows of indicator
   * tables, assembled into the plan.
   */
  public Plan extract(Document doc, PlanText text, PlanStructure s) {
    List<Domain> domains = new ArrayList<>();
    for (Domain d : s.domains()) {
      domains.add(d.withItems(enrich(d.goals(), text, s.region(), s.period()),
          enrich(d.measures(), text, s.region(), s.period())));
    }
    domains = TaskTableUnits.apply(domains, text, s.region(), units);
    List<UnitAssignment> duties = new ArrayList<>();
    for (Section section : s.sections()) {
      if (section.kind() == SectionKind.IMPLEMENTATION || section.kind() == SectionKind.MONITORING) {
        duties.addAll(UnitExtractor.placeIn(
            units.extractDuties(text.substring(section.span()), section.span()), s.region()));
      }
    }
    String id = stripExtension(doc.source().fileName());
    List<Warning> warnings = s.warnings();
    List<Warning> units = new ArrayList<>();
    for (Domain d : domains) {
      for (Item item : java.util.stream.Stream.concat(d.goals().stream(), d.measures().stream())
          .toList()) {
        units.addAll(targets.doubtfulUnits(item.targets()));
      }
    }
    if (!units.isEmpty()) {
      warnings = new ArrayList<>(warnings);
      warnings.addAll(units);
    }
    String ocr = doc.metadata().get(TikaDocumentReader.OCR_KEY);
    if (ocr != null) {
      warnings = new ArrayList<>(warnings);
      warnings.add(0, new Warning("TEXT_FROM_OCR", "the PDF has no text layer; its text was"
          + " recognised by OCR (" + ocr + "): check figures and names against the original",
          null));
    }
    return new Plan(id, doc.source(), s.title(), s.titleInferred(), s.region(), s.period(),
        s.planType(), domains, enrich(s.keyProjects(), text, s.region(), s.period()), s.sections(), duties,
        warnings, text, indicatorTables.read(text, s.period(), s.region()));
  }

  private List<Item> enrich(List<Item> items, PlanText text, Region region, Period period) {
    List<Item> out = new ArrayList<>(items.size());
    for (Item item : items) {
      out.add(item
          .withTargets(targets.extract(item.text(), item.span(),
              period == null ? null : period.end()))
          .withUnits(UnitExtractor.placeIn(
              units.extract(text.substring(item.extent()), item.extent()), region)));
    }
    return rangeUnits(inheritListUnits(out, text), text, region);
  }

  /**
   * A note after a list that gives units by goal number (上述目标中，第4、5项由县卫生健康局牵头，
   * 县体育局配合): those goals get its units, and the last item, which the note follows, keeps
   * only the units of its own text.
   */
  private List<Item> rangeUnits(List<Item> items, PlanText text, Region region) {
    if (items.isEmpty()) {
      return items;
    }
    Item last = items.get(items.size() - 1);
    UnitExtractor.RangeNote note = units.rangeNote(text.substring(last.extent()), last.extent());
    if (note == null) {
      return items;
    }
    List<Item> out = new ArrayList<>(items.size());
    for (Item item : items) {
      List<UnitAssignment> own = item.units();
      if (item == last) {
        Span before = new Span(last.extent().start(), last.extent().start() + note.start());
        own = UnitExtractor.placeIn(units.extract(text.substring(before), before), region);
      }
      List<UnitAssignment> ranged = note.units().get(item.n());
      out.add(ranged != null && own.isEmpty()
          ? item.withUnits(UnitExtractor.placeIn(ranged, region)) : item.withUnits(own));
    }
    return out;
  }

  /**
   * A unit line of its own (牵头单位：X；配合单位：Y) that ends a list and is the only one in it
   * names the units of the whole list: the items without units of their own inherit it. Where
   * every item has its own line, each keeps its own.
   */
  private List<Item> inheritListUnits(List<Item> items, PlanText text) {
    int withLine = 0;
    List<UnitAssignment> trailing = List.of();
    for (int i = 0; i < items.size(); i++) {
      Span extent = items.get(i).extent();
      String ext = text.substring(extent);
      int nl = ext.indexOf('\n');
      if (nl < 0) {
        continue;
      }
      List<UnitAssignment> line = units.sectionUnits(ext.substring(nl + 1),
          new Span(extent.start() + nl + 1, extent.end()));
      if (!line.isEmpty()) {
        withLine++;
        trailing = i == items.size() - 1 ? line : List.of();
      }
    }
    return withLine == 1 && !trailing.isEmpty() ? UnitExtractor.inherit(items, trailing) : items;
  }

  /**
   * This build of the extractors ({@code version@content hash}, see {@link BuildId}): a plan
   * stored by another build is extracted again even when its file is unchanged.
   */
  public static String buildId() {
    return BuildHolder.ID;
  }

  private static final class BuildHolder {
    static final String ID = BuildId.ofRunningCode();
  }

  static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
