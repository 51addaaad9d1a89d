package org.planscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planscope.Pipeline;
import org.planscope.ingest.CompositeReader;
import org.planscope.ingest.TimeLimit;
import org.planscope.service.DataFolder;
import org.planscope.service.DataFolder.Outcome;
import org.planscope.service.DataFolder.Summary;
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

  @Mixin DataOption data = new DataOption();

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

  private List<Path> skipped = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> roots = paths.isEmpty() ? List.of(Path.of("corpus")) : paths;
    Inputs.Expanded inputs = Inputs.expand(roots);
    for (String error : inputs.errors()) {
      err.println("error: " + error);
    }
    boolean unlisted = !inputs.errors().isEmpty();
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
    DataFolder.Batch batch = new DataFolder.Batch(files, roots, unlisted, solr, threads);
    try (TimeLimit limit = reading.timeLimit()) {
      boolean ok = DataFolder.at(data.dir).ingest(batch, pipeline, limit, new Progress(out, err));
      return ok && !unlisted ? 0 : 1;
    } catch (DataFolder.Problem e) {
      err.println("planscope ingest: " + e.getMessage());
      return 1;
    }
  }

  /** Progress lines and the data folder's notes on stderr, the summary table on stdout. */
  private final class Progress implements DataFolder.Listener {
    private final PrintWriter out;
    private final PrintWriter err;

    Progress(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void done(Outcome o, int done, int total) {
      synchronized (err) {
        err.printf(Locale.ROOT, "[%d/%d] %s %s (%d ms)%n", done, total,
            o.error() != null ? "FAIL " : o.unchanged() ? "same " : "ok   ", o.file(), o.millis());
        if (o.error() != null) {
          err.println("  error: " + o.error());
        }
      }
    }

    @Override
    public void extracted(List<Outcome> outcomes, long millis) {
      printSummary(out, outcomes, millis, skipped, verbose);
      out.flush();
    }

    @Override
    public void note(String line) {
      err.println(line);
    }
  }

  private static void printSummary(PrintWriter out, List<Outcome> outcomes, long millis,
      List<Path> skipped, boolean verbose) {
    out.printf(Locale.ROOT, "%-28s %-10s %7s %5s %8s %7s %5s %8s%n",
        "plan", "region", "domains", "goals", "measures", "targets", "units", "warnings");
    int failed = 0;
    for (Outcome o : outcomes) {
      if (o.plan() == null) {
        failed++;
        out.printf(Locale.ROOT, "%-28s FAILED: %s%n", o.file().getFileName(), o.error());
        continue;
      }
      Summary p = o.plan();
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
      if (o.plan() == null) {
        continue;
      }
      stated += o.plan().targets();
      linked += o.plan().linked();
      for (String indicator : o.plan().unlinked()) {
        plansByIndicator.computeIfAbsent(indicator, k -> new java.util.TreeSet<>()).add(o.plan().id());
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
}
