package org.planscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.planscope.Pipeline;
import org.planscope.format.DisplayWidth;
import org.planscope.format.Lang;
import org.planscope.format.Message;
import org.planscope.format.Msg;
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
  private Lang says = Lang.ZH;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    says = Main.messages(spec);
    List<Path> roots = paths.isEmpty() ? List.of(Path.of("corpus")) : paths;
    Inputs.Expanded inputs = Inputs.expand(roots);
    for (Message error : inputs.errors()) {
      err.println(Msg.ERROR.in(says, error));
    }
    boolean unlisted = !inputs.errors().isEmpty();
    skipped = inputs.skipped();
    List<Path> files = inputs.files();
    if (files.isEmpty()) {
      if (unlisted) {
        return 1; // every path was missing or unreadable, and each has said why
      }
      Object under = paths.isEmpty() ? "corpus" : paths;
      err.println(Msg.COMMAND.in(says, "ingest", skipped.isEmpty()
          ? Msg.NO_SUPPORTED_FILES.with(under)
          : Msg.NO_SUPPORTED_FILES_OTHERS.with(under, skipped.size(), String.join(", ",
              skipped.stream().map(p -> p.getFileName().toString()).limit(10).toList()))));
      return 1;
    }
    Pipeline pipeline = new Pipeline(new CompositeReader(reading.readOptions(says)));
    DataFolder.Batch batch = new DataFolder.Batch(files, roots, unlisted, solr, threads);
    try (TimeLimit limit = reading.timeLimit()) {
      boolean ok = DataFolder.at(data.dir).ingest(batch, pipeline, limit, new Progress(out, err));
      return ok && !unlisted ? 0 : 1;
    } catch (DataFolder.Problem e) {
      err.println(Msg.COMMAND.in(says, "ingest", e.message()));
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
        err.println(Msg.PROGRESS.in(says, done, total, o.error() != null ? Msg.PROGRESS_FAILED
            : o.unchanged() ? Msg.PROGRESS_SAME : Msg.PROGRESS_OK, o.file(), o.millis()));
        if (o.error() != null) {
          err.println(Msg.PROGRESS_ERROR.in(says, o.error()));
        }
      }
    }

    @Override
    public void extracted(List<Outcome> outcomes, long millis) {
      printSummary(out, says, outcomes, millis, skipped, verbose);
      out.flush();
    }

    @Override
    public void note(Message line) {
      err.println(line.in(says));
    }
  }

  /** The summary table's column widths; the first two are left-aligned. */
  private static final int[] WIDTHS = {28, 10, 7, 5, 8, 7, 5, 8};

  private static void printSummary(PrintWriter out, Lang says, List<Outcome> outcomes, long millis,
      List<Path> skipped, boolean verbose) {
    String[] head = Msg.SUMMARY_COLUMNS.in(says).split(",");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < head.length; i++) {
      line.append(i == 0 ? "" : " ").append(i < 2 ? DisplayWidth.padRight(head[i], WIDTHS[i])
          : DisplayWidth.padLeft(head[i], WIDTHS[i]));
    }
    out.println(line);
    int failed = 0;
    for (Outcome o : outcomes) {
      if (o.plan() == null) {
        failed++;
        out.printf(Locale.ROOT, "%s %s%n",
            DisplayWidth.padRight(o.file().getFileName().toString(), WIDTHS[0]),
            Msg.SUMMARY_FAILED.in(says, o.error()));
        continue;
      }
      Summary p = o.plan();
      // padded by display width: a Chinese file name or region takes two columns a character
      out.printf(Locale.ROOT, "%s %s %7d %5d %8d %7d %5d %8d%n",
          DisplayWidth.padRight(p.id(), WIDTHS[0]),
          DisplayWidth.padRight(p.region() == null ? "?" : p.region(), WIDTHS[1]), p.domains(),
          p.goals(), p.measures(), p.targets(), p.units(), p.warnings());
    }
    long same = outcomes.stream().filter(Outcome::unchanged).count();
    out.println(same == 0 ? Msg.SUMMARY.in(says, outcomes.size(), failed, millis / 1000.0)
        : Msg.SUMMARY_UNCHANGED.in(says, outcomes.size(), failed, same, millis / 1000.0));
    if (!skipped.isEmpty()) {
      out.println(Msg.SKIPPED.in(says, skipped.size(),
          String.join(" ", CompositeReader.SUPPORTED.stream().sorted().toList())));
      skipped.forEach(p -> out.println("  " + p));
    }
    printCatalogueCandidates(out, says, outcomes, verbose);
  }

  /**
   * Indicators of stated targets that link to no catalogue entry, most frequent first: candidates
   * for models/catalogue/indicators.tsv.
   */
  private static void printCatalogueCandidates(PrintWriter out, Lang says, List<Outcome> outcomes,
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
    out.println((verbose || plansByIndicator.isEmpty() ? Msg.CATALOGUE : Msg.CATALOGUE_VERBOSE)
        .in(says, linked, stated, plansByIndicator.size()));
    if (!verbose) {
      return;
    }
    plansByIndicator.entrySet().stream()
        .sorted((a, b) -> b.getValue().size() != a.getValue().size()
            ? b.getValue().size() - a.getValue().size() : a.getKey().compareTo(b.getKey()))
        .forEach(e -> out.println(Msg.CANDIDATE.in(says, e.getKey(), e.getValue().size())));
  }
}
