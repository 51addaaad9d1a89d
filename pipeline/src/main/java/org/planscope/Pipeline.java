package org.planscope;

import java.nio.file.Path;
import org.planscope.extract.PlanExtractor;
import org.planscope.ingest.CompositeReader;
import org.planscope.ingest.ReadException;
import org.planscope.model.Document;
import org.planscope.model.Plan;
import org.planscope.model.PlanText;
import org.planscope.structure.PlanStructure;
import org.planscope.structure.StructureParser;
import org.planscope.text.TextNormalizer;

/**
 * The composition root: read → normalise → structure → extract. Each stage is built once and is
 * safe to share between threads. The plan that comes out has every span in source offsets; the
 * normalised text is a separate artifact ({@link #normalize}) for the callers that want it.
 */
public final class Pipeline {
  private final CompositeReader reader;
  private final TextNormalizer normalizer = new TextNormalizer();
  private final StructureParser structure = new StructureParser();
  private final PlanExtractor extractor = new PlanExtractor();

  public Pipeline() {
    this(new CompositeReader());
  }

  public Pipeline(CompositeReader reader) {
    this.reader = reader;
  }

  /** Reads and extracts one file. */
  public Plan run(Path path) throws ReadException {
    return process(reader.read(path));
  }

  /** Extracts a plan from a document already read. */
  public Plan process(Document doc) {
    return process(doc, normalize(doc));
  }

  /** Extracts a plan from a document and its normalised text (asked for with {@link #normalize}). */
  public Plan process(Document doc, PlanText text) {
    return extract(doc, text, structure.parse(text, sourceTitle(doc)));
  }

  /** The title the file carries besides its text (HTML title, document property), or null. */
  private static String sourceTitle(Document doc) {
    String t = doc.metadata().get("dc:title");
    return t != null ? t : doc.metadata().get("title");
  }

  /** The reader stage (timed on its own by the benchmark). */
  public CompositeReader reader() {
    return reader;
  }

  /** The normaliser stage: the normalised text, its blocks and its map back to the source. */
  public PlanText normalize(Document doc) {
    return normalizer.normalize(doc);
  }

  /** The structure stage: outline, metadata, domains with goals and measures. */
  public PlanStructure structure(PlanText text) {
    return structure.parse(text);
  }

  /** The extraction stage ({@link PlanExtractor}): the plan, its spans in source offsets. */
  public Plan extract(Document doc, PlanText text, PlanStructure s) {
    boolean report = s.warnings().stream().anyMatch(w -> w.code().equals("NOT_A_PLAN"));
    return extractor.extract(doc, text, report ? s.withoutItems() : s);
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
}
