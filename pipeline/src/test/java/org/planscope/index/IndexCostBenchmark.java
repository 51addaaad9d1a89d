package org.planscope.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;
import org.planscope.text.HanLpSegmenter;

/**
 * Not a test: where the index stage's time goes. A pass indexes the corpus plans four times over
 * (twenty plans, as {@code planscope bench} does) into a fresh folder with the index's own
 * analyzers and documents, and commits; each variant leaves one group of fields out of every
 * document, so the time it saves is what that group costs. Rounds alternate the variants; the
 * median of the later rounds is printed, in milliseconds a pass. Usage: {@code
 * IndexCostBenchmark [ROUNDS]} (default 40).
 */
public final class IndexCostBenchmark {
  private IndexCostBenchmark() {}

  /** A field of a document, and whether the document is a target's. */
  private static final Map<String, BiPredicate<String, Boolean>> DROPS = Map.of(
      "keywords and their facets", (f, target) -> LuceneDocuments.KEYWORDS.contains(f)
          && !f.equals(Fields.FILE) && !f.equals(Fields.ID),
      "stored-only values", (f, target) -> !LuceneDocuments.KEYWORDS.contains(f)
          && !LuceneDocuments.TEXTS.contains(f) && !f.equals(Fields.FACET_UNIT),
      "names (meta_bi)", (f, target) -> f.equals(Fields.META_BI),
      "unit names and facet", (f, target) -> f.equals(Fields.UNITS_BI)
          || f.equals(Fields.FACET_UNIT),
      "a target's copy of its item text", (f, target) -> target && f.equals(Fields.TEXT_BI),
      "all but the item text", (f, target) -> !f.equals(Fields.TEXT_BI) && !f.equals(Fields.FILE)
          && !f.equals(Fields.ID),
      // the least a hit needs: its text to show and search, its kind, domain and region to filter
      "all but a minimal schema (text stored and indexed, kind, domain, region)",
      (f, target) -> !Set.of(Fields.TEXT_BI, Fields.TEXT, Fields.DOMAIN, Fields.REGION, Fields.FILE,
          Fields.ID).contains(f));

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    List<Plan> plans = new ArrayList<>(Corpus.plans().values());
    List<String> variants = new ArrayList<>(List.of("everything"));
    variants.addAll(DROPS.keySet().stream().sorted().toList());
    double[][] ms = new double[variants.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < variants.size(); v++) {
        ms[v][r] = pass(plans, DROPS.get(variants.get(v)));
      }
    }
    System.out.printf(Locale.ROOT, "index pass of %d plans, median of rounds %d-%d:%n",
        plans.size() * 4, rounds / 3 + 1, rounds);
    double full = median(ms[0], rounds);
    for (int v = 0; v < variants.size(); v++) {
      double m = median(ms[v], rounds);
      System.out.printf(Locale.ROOT, "  %-74s %7.1f ms  (%+.1f ms)%n",
          v == 0 ? "everything" : "without " + variants.get(v), m, m - full);
    }
    System.exit(0);
  }

  private static double median(double[] xs, int rounds) {
    double[] late = Arrays.copyOfRange(xs, rounds / 3, rounds);
    Arrays.sort(late);
    return late[late.length / 2];
  }

  /** One pass: milliseconds to add twenty plans' documents and commit. */
  private static double pass(List<Plan> plans, BiPredicate<String, Boolean> drop)
      throws IOException {
    Path dir = Files.createTempDirectory("planscope-index-cost");
    long t0 = System.nanoTime();
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(directory,
            new IndexWriterConfig(Analyzers.forIndex(HanLpSegmenter.shared()))
                .setRAMBufferSizeMB(IndexUpdater.RAM_BUFFER_MB))) {
      for (int copy = 0; copy < 4; copy++) {
        for (int i = 0; i < plans.size(); i++) {
          String key = "/corpus/" + copy + "/" + i + ".txt";
          List<Document> docs = new ArrayList<>();
          for (SearchDocument d : PlanDocuments.of(key, "-", plans.get(i))) {
            docs.add(LuceneDocuments.of(drop == null ? d : without(d, drop)));
          }
          w.updateDocuments(new Term(Fields.FILE, key), docs);
        }
      }
      w.commit();
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    return ms;
  }

  private static SearchDocument without(SearchDocument d, BiPredicate<String, Boolean> drop) {
    boolean target = Fields.KIND_TARGET.equals(d.first(Fields.KIND));
    SearchDocument out = new SearchDocument();
    for (Map.Entry<String, List<String>> e : d.fields().entrySet()) {
      if (Set.of(Fields.KIND).contains(e.getKey()) || !drop.test(e.getKey(), target)) {
        e.getValue().forEach(v -> out.add(e.getKey(), v));
      }
    }
    return out;
  }
}
