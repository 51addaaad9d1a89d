package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.planscope.Pipeline;
import org.planscope.index.IndexLockedException;
import org.planscope.index.Indexer;
import org.planscope.ingest.PlanFolder;
import org.planscope.ingest.ReadException;
import org.planscope.ingest.TikaDocumentReader;
import org.planscope.ingest.TimeLimit;
import org.planscope.json.PlanJson;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    description = "Extract every supported file under PATH (default corpus/) into DATA/plans/,"
        + " with progress on stderr and a summary table.",
    mixinStandardHelpOptions = true)
final class IngestCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders (default: corpus)")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: data)")
  Path data = Path.of("data");

  @Option(names = "--solr", paramLabel = "URL",
      description = "index into a Solr collection instead of DATA/index, e.g."
          + " http://localhost:8983/solr/planscope")
  String solr;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin ReadingOptions reading = new ReadingOptions();

  /** True when a folder could not be listed: nothing under the inputs is taken as removed. */
  private boolean unlisted;

  /**
   * One file's outcome: the summary row, not the plan, so that memory stays flat however many
   * files are ingested (a plan with its text is a few hundred KB).
   */
  record Outcome(Path file, Summary plan, String error, long millis, boolean unchanged) {
    Outcome(Path file, Summary plan, String error, long millis) {
      this(file, plan, error, millis, false);
    }
  }

  /** What the summary table and the catalogue candidates need of one plan. */
  record Summary(String id, String region, int domains, long goals, long measures, long targets,
      long units, int warnings, long linked, List<String> unlinked) {
    static Summary of(Plan p) {
      long goals = p.domains().stream().mapToLong(d -> d.goals().size()).sum();
      long measures = p.domains().stream().mapToLong(d -> d.measures().size()).sum();
      List<Target> stated =
          p.items().flatMap(i -> i.targets().stream()).filter(Target::stated).toList();
      long units = p.items().mapToLong(i -> i.units().size()).sum() + p.implementationUnits().size();
      return new Summary(p.id(), p.region().name(), p.domains().size(), goals, measures,
          stated.size(), units, p.warnings().size(), stated.stream().filter(Target::linked).count(),
          stated.stream().filter(t -> !t.linked()).map(Target::indicator).toList());
    }
  }

  /** A plan and its JSON, made within the file's time limit. */
  private record Extracted(Plan plan, String json) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs.Expanded inputs = Inputs.expand(paths.isEmpty() ? List.of(Path.of("corpus")) : paths);
    for (String error : inputs.errors()) {
      err.println("error: " + error);
    }
    unlisted = !inputs.errors().isEmpty();
    List<Path> files = inputs.files();
    if (files.isEmpty()) {
      err.println("planscope ingest: no supported files under " + (paths.isEmpty() ? "corpus" : paths));
      return 1;
    }
    Pipeline pipeline = new Pipeline(new TikaDocumentReader(reading.readOptions()));
    // The index lock is taken before any work, so a concurrent ingest fails fast and clearly; it
    // also guards data/plans, which is repaired (after a killed run) only while it is held.
    Indexer index;
    try {
      index = Indexer.open(data.resolve("index"), solr);
    } catch (IndexLockedException e) {
      err.println("planscope ingest: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("planscope ingest: " + e.getMessage());
      return 1;
    }
    try (index) {
      PlanFolder plans = PlanFolder.open(data);
      for (String note : plans.recovered()) {
        err.println("planscope ingest: " + note);
      }
      try (PlanFolder.Batch batch = plans.begin(); TimeLimit limit = reading.timeLimit()) {
        int code = ingest(files, pipeline, plans, batch, limit, index, out, err);
        return unlisted ? 1 : code;
      }
    }
  }

  /**
   * Extracts every file into the batch, prints the summary, then publishes the batch and commits
   * the index, in that order: a run killed before the publish changes nothing, one killed between
   * the two leaves new plans with the old index, which the next ingest brings up to date (it
   * compares each file's sha256).
   */
  private int ingest(List<Path> files, Pipeline pipeline, PlanFolder plans,
      PlanFolder.Batch batch, TimeLimit limit, Indexer index, PrintWriter out,
      PrintWriter err) throws Exception {
    AtomicInteger done = new AtomicInteger();
    AtomicInteger workers = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "planscope-ingest-" + workers.incrementAndGet());
      t.setDaemon(true); // a file stuck past its time limit must not keep the JVM alive
      return t;
    });
    List<Future<Outcome>> futures = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Path file : files) {
      futures.add(pool.submit(() -> {
        long s = System.nanoTime();
        Outcome o;
        try {
          Plan stored = unchanged(file, plans, index);
          if (stored != null) {
            // neither the file nor the extractors changed: the published plan is carried over
            index.unchanged(file);
            o = new Outcome(file, Summary.of(stored), null, (System.nanoTime() - s) / 1_000_000,
                true);
            report(err, done, files.size(), o);
            return o;
          }
          Extracted x = limit.run(file, () -> {
            Plan plan = pipeline.run(file);
            return new Extracted(plan, PlanJson.pretty(plan) + "\n");
          });
          batch.write(file.getFileName() + ".json", x.json());
          // indexed as it completes (in parallel; committed after the batch is published), so
          // the batch keeps only one summary row per plan in memory
          index.put(file, x.plan());
          o = new Outcome(file, Summary.of(x.plan()), null, (System.nanoTime() - s) / 1_000_000);
        } catch (ReadException e) {
          o = new Outcome(file, null, e.getMessage(), (System.nanoTime() - s) / 1_000_000);
        } catch (IOException | RuntimeException e) {
          o = new Outcome(file, null, file + ": " + e, (System.nanoTime() - s) / 1_000_000);
        } catch (OutOfMemoryError e) {
          o = new Outcome(file, null, file + ": out of memory (give Java more with -Xmx, or use"
              + " fewer --threads)", (System.nanoTime() - s) / 1_000_000);
        } catch (StackOverflowError e) {
          o = new Outcome(file, null, file + ": internal error: " + e,
              (System.nanoTime() - s) / 1_000_000);
        }
        report(err, done, files.size(), o);
        return o;
      }));
    }
    pool.shutdown();
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> f : futures) {
      outcomes.add(f.get());
    }
    printSummary(out, outcomes, (System.nanoTime() - t0) / 1_000_000);
    out.flush();
    if (batch.size() > 0) {
      long s = System.nanoTime();
      Path published = batch.publish();
      err.printf(Locale.ROOT, "plans %s: %d written%s (%d ms)%n", plans.dir(), batch.size(),
          plans.atomic() ? ", published together as " + data.relativize(published)
              : ", one by one (no symbolic links here)",
          (System.nanoTime() - s) / 1_000_000);
    }
    updateIndex(index, outcomes, err);
    return outcomes.stream().anyMatch(o -> o.error != null) ? 1 : 0;
  }

  /** One progress line on stderr (and the error under it). */
  private static void report(PrintWriter err, AtomicInteger done, int total, Outcome o) {
    synchronized (err) {
      err.printf(Locale.ROOT, "[%d/%d] %s %s (%d ms)%n", done.incrementAndGet(), total,
          o.error != null ? "FAIL " : o.unchanged ? "same " : "ok   ", o.file, o.millis);
      if (o.error != null) {
        err.println("  error: " + o.error);
      }
    }
  }

  /**
   * The published plan of a file that is indexed with its current content by this build of the
   * extractors, or null when the file must be extracted (new, changed, extracted by another build,
   * or its plan JSON is gone or unreadable).
   */
  private static Plan unchanged(Path file, PlanFolder plans, Indexer index) {
    try {
      Path json = plans.current().resolve(file.getFileName() + ".json");
      if (!Files.isRegularFile(json)) {
        return null;
      }
      String sha = TikaDocumentReader.sha256(file);
      if (!index.isCurrent(file, sha)) {
        return null;
      }
      Plan plan = PlanJsonReader.read(json);
      return sha.equals(plan.source().sha256()) ? plan : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * One index transaction for the batch (plans were added as they completed): unchanged files
   * skipped, changed ones replaced, files gone from the ingested folders deleted; a file that
   * failed keeps its previous entries.
   */
  private void updateIndex(Indexer index, List<Outcome> outcomes, PrintWriter err)
      throws IOException {
    long s = System.nanoTime();
    for (Outcome o : outcomes) {
      if (o.plan == null) {
        index.keep(o.file);
      }
    }
    if (!unlisted) {
      // with a folder unlisted, a file not seen may still be there: nothing is removed
      index.removeMissing(paths.isEmpty() ? List.of(Path.of("corpus")) : paths);
    }
    Indexer.Stats st = index.commit();
    err.printf(Locale.ROOT, "index %s: %d added, %d replaced, %d unchanged, %d removed;"
            + " %d documents (%d ms)%s%n", index.location(), st.added(), st.replaced(), st.unchanged(),
        st.removed(), st.documents(), (System.nanoTime() - s) / 1_000_000,
        index.rebuilt() ? " — rebuilt for a new analysis" : "");
  }

  private static void printSummary(PrintWriter out, List<Outcome> outcomes, long millis) {
    out.printf(Locale.ROOT, "%-28s %-10s %7s %5s %8s %7s %5s %8s%n",
        "plan", "region", "domains", "goals", "measures", "targets", "units", "warnings");
    int failed = 0;
    for (Outcome o : outcomes) {
      if (o.plan == null) {
        failed++;
        out.printf(Locale.ROOT, "%-28s FAILED: %s%n", o.file.getFileName(), o.error);
        continue;
      }
      Summary p = o.plan;
      out.printf(Locale.ROOT, "%-28s %-10s %7d %5d %8d %7d %5d %8d%n", p.id(),
          p.region() == null ? "?" : p.region(), p.domains(), p.goals(), p.measures(),
          p.targets(), p.units(), p.warnings());
    }
    long same = outcomes.stream().filter(Outcome::unchanged).count();
    out.printf(Locale.ROOT, "%d plan(s), %d failed%s, %.1f s%n", outcomes.size(), failed,
        same == 0 ? "" : ", " + same + " unchanged", millis / 1000.0);
    printCatalogueCandidates(out, outcomes);
  }

  /**
   * Indicators of stated targets that link to no catalogue entry, most frequent first: candidates
   * for models/catalogue/indicators.tsv.
   */
  private static void printCatalogueCandidates(PrintWriter out, List<Outcome> outcomes) {
    java.util.Map<String, java.util.Set<String>> plansByIndicator = new java.util.TreeMap<>();
    long linked = 0;
    long stated = 0;
    for (Outcome o : outcomes) {
      if (o.plan == null) {
        continue;
      }
      stated += o.plan.targets();
      linked += o.plan.linked();
      for (String indicator : o.plan.unlinked()) {
        plansByIndicator.computeIfAbsent(indicator, k -> new java.util.TreeSet<>()).add(o.plan.id());
      }
    }
    out.printf(Locale.ROOT, "catalogue: %d of %d stated target(s) linked; %d candidate indicator(s)%n",
        linked, stated, plansByIndicator.size());
    plansByIndicator.entrySet().stream()
        .sorted((a, b) -> b.getValue().size() != a.getValue().size()
            ? b.getValue().size() - a.getValue().size() : a.getKey().compareTo(b.getKey()))
        .forEach(e -> out.printf(Locale.ROOT, "  candidate %s (%d plan(s))%n", e.getKey(),
            e.getValue().size()));
  }

  static long count(List<Item> items) {
    return items.size();
  }
}
