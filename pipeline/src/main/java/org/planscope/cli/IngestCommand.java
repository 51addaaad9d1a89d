package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.planscope.Pipeline;
import org.planscope.index.IndexLockedException;
import org.planscope.index.Indexer;
import org.planscope.ingest.CompositeReader;
import org.planscope.ingest.ReadException;
import org.planscope.ingest.TimeLimit;
import org.planscope.json.PlanJson;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.Target;
import org.planscope.store.PlanFolder;
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

  @Option(names = "--verbose",
      description = "also list the candidate indicators (stated targets that link to no catalogue"
          + " entry) after the summary")
  boolean verbose;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin ReadingOptions reading = new ReadingOptions();

  /** True when a folder could not be listed: nothing under the inputs is taken as removed. */
  private boolean unlisted;
  private List<Path> skipped = List.of();

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
    skipped = inputs.skipped();
    List<Path> files = inputs.files();
    if (files.isEmpty()) {
      if (unlisted) {
        return 1; // every path was missing or unreadable, and each has said why
      }
      err.println("planscope ingest: no supported files under " + (paths.isEmpty() ? "corpus" : paths)
          + (skipped.isEmpty() ? "" : " (" + skipped.size() + " of another type: "
              + String.join(", ", skipped.stream().map(p -> p.getFileName().toString()).limit(10).toList())
              + ")"));
      return 1;
    }
    Pipeline pipeline = new Pipeline(new CompositeReader(reading.readOptions()));
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
      Path current = plans.current();
      Map<Path, PlanIds.Id> ids = PlanIds.assign(files, (f, id) -> publishedForOther(current, f, id));
      try (PlanFolder.Batch batch = plans.begin(); TimeLimit limit = reading.timeLimit()) {
        int code = ingest(files, ids, pipeline, plans, batch, limit, index, out, err);
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
  private int ingest(List<Path> files, Map<Path, PlanIds.Id> ids, Pipeline pipeline,
      PlanFolder plans, PlanFolder.Batch batch, TimeLimit limit, Indexer index,
      PrintWriter out, PrintWriter err) throws Exception {
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
        PlanIds.Id id = ids.get(file);
        try {
          Plan stored = unchanged(file, id, plans, index);
          if (stored != null) {
            // neither the file nor the extractors changed: the published plan is carried over
            index.unchanged(file);
            o = new Outcome(file, Summary.of(stored), null, (System.nanoTime() - s) / 1_000_000,
                true);
            report(err, done, files.size(), o);
            return o;
          }
          Extracted x = limit.run(file, () -> {
            // the source path is kept absolute, so that the plan's source can be found again
            // from wherever the data folder is read (serve started in another folder)
            Plan plan = pipeline.run(file).withId(id.id()).withSourcePath(absolute(file));
            return new Extracted(plan, PlanJson.pretty(plan) + "\n");
          });
          try {
            batch.write(id.jsonName(), x.json());
          } catch (IOException e) {
            throw new IOException(writeError(e), e);
          }
          // indexed as it completes (in parallel; committed after the batch is published), so
          // the batch keeps only one summary row per plan in memory
          index.put(file, x.plan());
          o = new Outcome(file, Summary.of(x.plan()), null, (System.nanoTime() - s) / 1_000_000);
        } catch (ReadException e) {
          o = new Outcome(file, null, e.getMessage(), (System.nanoTime() - s) / 1_000_000);
        } catch (IOException e) {
          o = new Outcome(file, null, file + ": " + (e.getCause() instanceof IOException
              ? e.getMessage() : readError(e)), (System.nanoTime() - s) / 1_000_000);
        } catch (RuntimeException e) {
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
    printSummary(out, outcomes, (System.nanoTime() - t0) / 1_000_000, skipped, verbose);
    out.flush();
    boolean anyDropped = false;
    List<Path> roots = paths.isEmpty() ? List.of(Path.of("corpus")) : paths;
    Set<String> inBatch = new HashSet<>();
    for (Path f : files) {
      inBatch.add(absolute(f));
    }
    Set<String> assigned = new HashSet<>();
    ids.values().forEach(i -> assigned.add(i.jsonName()));
    PlanFolder.Carry carry = old -> carried(old, inBatch, assigned, roots);
    if (batch.size() > 0 || plans.wouldDrop(carry)) {
      long s = System.nanoTime();
      long need = batch.bytes() * 2 + FREE_FOR_INDEX;
      long free = plans.usableSpace();
      if (free < need) {
        err.printf(Locale.ROOT, "planscope ingest: not enough free space in %s to publish %d"
                + " plan(s): %d MB needed, %d MB free; nothing was changed (free some space and"
                + " run again)%n", data, batch.size(), need >> 20, free >> 20);
        return 1;
      }
      Path published = batch.publish(carry);
      err.printf(Locale.ROOT, "plans %s: %d written%s (%d ms)%n", plans.dir(), batch.size(),
          plans.atomic() ? ", published together as " + data.relativize(published)
              : ", one by one (no symbolic links here)",
          (System.nanoTime() - s) / 1_000_000);
    }
    indexUploads(index, plans, err);
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
  private static Plan unchanged(Path file, PlanIds.Id id, PlanFolder plans, Indexer index) {
    try {
      Path json = plans.current().resolve(id.jsonName());
      if (!Files.isRegularFile(json)) {
        return null;
      }
      String sha = CompositeReader.sha256(file);
      if (!index.isCurrent(file, sha)) {
        return null;
      }
      Plan plan = PlanJsonReader.read(json);
      return sha.equals(plan.source().sha256()) && id.id().equals(plan.id())
          && absolute(file).equals(plan.source().path()) ? plan : null;
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

  /** Free space kept for the index's new segments (and its merges) besides the plans. */
  static final long FREE_FOR_INDEX = 32L << 20;

  static String absolute(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /** True when {@code id}'s JSON name is published already for a source other than {@code file}. */
  private static boolean publishedForOther(Path generation, Path file, PlanIds.Id id) {
    Path json = generation.resolve(id.jsonName());
    if (!Files.isRegularFile(json)) {
      return false;
    }
    try {
      String source = PlanJsonReader.sourcePath(json);
      return source != null && !absolute(Path.of(source)).equals(absolute(file));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether a plan file of the current generation that this batch did not write is carried into
   * the next: not when its source is a file of this batch (now under another name), lies under an
   * ingested folder but was not found there (deleted), or is gone.
   */
  private boolean carried(Path old, Set<String> inBatch, Set<String> assigned, List<Path> roots) {
    String recorded;
    try {
      recorded = PlanJsonReader.sourcePath(old);
    } catch (IOException e) {
      return true;
    }
    if (recorded == null) {
      return true;
    }
    Path source = Path.of(recorded);
    String abs = absolute(source);
    if (inBatch.contains(abs)) {
      return assigned.contains(old.getFileName().toString());
    }
    if (unlisted) {
      return true; // a folder could not be listed: a file not seen may still be there
    }
    for (Path r : roots) {
      if (Path.of(abs).startsWith(r.toAbsolutePath().normalize())) {
        return false;
      }
    }
    return !source.isAbsolute() || Files.exists(source);
  }

  /**
   * Plans uploaded through the web page while the index was held (by this ingest or another)
   * are indexed from their published JSON, so that they become searchable.
   */
  private void indexUploads(Indexer index, PlanFolder plans, PrintWriter err) {
    Path uploads = data.resolve("uploads");
    if (!Files.isDirectory(uploads)) {
      return;
    }
    int added = 0;
    try (var listing = Files.list(plans.current())) {
      for (Path json : listing.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        String source = PlanJsonReader.sourcePath(json);
        if (source == null) {
          continue;
        }
        Path file = Path.of(source);
        if (!file.toAbsolutePath().normalize().startsWith(uploads.toAbsolutePath().normalize())
            || !Files.isRegularFile(file)) {
          continue;
        }
        Plan plan = PlanJsonReader.read(json);
        if (!index.isCurrent(file, plan.source().sha256())) {
          index.put(file, plan);
          added++;
        } else {
          index.keep(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      err.println("planscope ingest: could not index the uploaded plans: " + e.getMessage());
    }
    if (added > 0) {
      err.printf(Locale.ROOT, "uploads: %d uploaded plan(s) indexed%n", added);
    }
  }

  /** A clear message for a failure to write a plan file. */
  static String writeError(IOException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("No space left") || m.contains("Disk quota")) {
      return "the disk is full: its plan could not be written";
    }
    return "its plan could not be written: " + readError(e);
  }

  /** An I/O failure as a reason: the file system's words, not a Java class name. */
  static String readError(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason().equals("File name too long")
          ? "the file name is too long for this file system" : f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void printSummary(PrintWriter out, List<Outcome> outcomes, long millis,
      List<Path> skipped, boolean verbose) {
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
    if (!skipped.isEmpty()) {
      out.printf(Locale.ROOT, "skipped %d file(s) of an unsupported type (supported: %s):%n",
          skipped.size(), String.join(" ", CompositeReader.SUPPORTED.stream().sorted().toList()));
      skipped.forEach(p -> out.println("  " + p));
    }
    printCatalogueCandidates(out, outcomes, verbose);
  }

  /**
   * Indicators of stated targets that link to no catalogue entry, most frequent first: candidates
   * for models/catalogue/indicators.tsv.
   */
  private static void printCatalogueCandidates(PrintWriter out, List<Outcome> outcomes,
      boolean verbose) {
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
    out.printf(Locale.ROOT, "catalogue: %d of %d stated target(s) linked; %d candidate indicator(s)%s%n",
        linked, stated, plansByIndicator.size(),
        verbose || plansByIndicator.isEmpty() ? "" : " (--verbose lists them)");
    if (!verbose) {
      return;
    }
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
