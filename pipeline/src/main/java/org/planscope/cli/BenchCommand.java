package org.planscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.planscope.Pipeline;
import org.planscope.bench.BenchReport;
import org.planscope.bench.IndexStageFactory;
import org.planscope.bench.ScaleReport;
import org.planscope.bench.StageBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    description = "Time every stage (read, normalise, outline, segment, extract, json, index) on"
        + " the corpus and on generated variant plans, on one thread and on all cores; report"
        + " chars/s, docs/s, the pipeline/segmentation ratio, heap, index size and query latency.",
    mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "real plans (default: corpus)")
  Path corpus = Path.of("corpus");

  @Option(names = "--generate", paramLabel = "N",
      description = "also measure N variant plans generated from the corpus (default: 0)")
  int generate;

  @Option(names = "--threads", paramLabel = "T", split = ",",
      description = "thread counts, comma separated (default: 1 and all cores)")
  List<Integer> threads = new ArrayList<>();

  @Option(names = "--repeat", paramLabel = "R", description = "measured rounds; medians are reported"
      + " (default: 5)")
  int repeat = 5;

  @Option(names = "--warmup", paramLabel = "SECONDS", description = "warm-up time (default: 10)")
  double warmup = 10;

  @Option(names = "--seed", description = "generator seed (default: 1)")
  long seed = 1;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "write the generated plans here and keep them (default: a temporary folder)")
  Path keep;

  @Option(names = "--scale", paramLabel = "N,N…", split = ",",
      description = "instead of the stage rounds: for each N, ingest N generated plans into a fresh"
          + " index on all cores and time searches on it (the ingest and search curve)")
  List<Integer> scale = new ArrayList<>();

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Integer> t = threads;
    if (t.isEmpty()) {
      int cores = Runtime.getRuntime().availableProcessors();
      t = cores > 1 ? List.of(1, cores) : List.of(1);
    }
    IndexStageFactory index = new BenchIndexStage();
    StageBenchmark bench = new StageBenchmark(new Pipeline(), err);
    if (!scale.isEmpty()) {
      ScaleReport report = bench.scale(corpus, scale, t.get(t.size() - 1), seed, keep, index);
      out.println(json ? report.json() : report.text());
      out.flush();
      return 0;
    }
    BenchReport report = bench.run(new StageBenchmark.Options(corpus, generate, t, repeat, warmup,
        seed, keep, index));
    List<BenchReport.Run> bad = report.runs().stream().filter(BenchReport.Run::inconsistent).toList();
    if (!bad.isEmpty()) {
      // a median of rounds that disagree this much describes the machine's load, not the code
      for (BenchReport.Run r : bad) {
        err.printf(java.util.Locale.ROOT,
            "planscope bench: %s, %d thread(s): the rounds' pipeline/segmentation ratios differ"
                + " ×%.2f (more than ×%.0f); not reporting. Run again on a quieter machine or with"
                + " more --repeat.%n", r.set(), r.threads(), r.ratioSpread(),
            StageBenchmark.MAX_SPREAD);
      }
      err.flush();
      return 3;
    }
    out.println(json ? report.json() : report.text());
    out.flush();
    return 0;
  }
}
