package org.planscope.bench;

import static org.planscope.bench.Measure.deleteTree;
import static org.planscope.bench.Measure.forEach;
import static org.planscope.bench.Measure.liveAfterForcedGc;
import static org.planscope.bench.Measure.median;
import static org.planscope.bench.Measure.percentile;
import static org.planscope.bench.Measure.planFiles;
import static org.planscope.bench.Measure.spread;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.planscope.Pipeline;
import org.planscope.ingest.ReadException;
import org.planscope.json.PlanJson;
import org.planscope.model.Block;
import org.planscope.model.Document;
import org.planscope.model.Domain;
import org.planscope.model.Plan;
import org.planscope.model.PlanText;
import org.planscope.model.Target;
import org.planscope.structure.PlanStructure;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.Segmenter;

/**
 * Times each stage of the pipeline on a set of plan files, next to HanLP segmentation of the same
 * normalised text (the floor the other stages must not dwarf).
 *
 * <p>Each measured round is two passes over the documents with a pool of T threads. The
 * <em>pipeline pass</em> does what {@code ingest} does — read, normalise, outline, extract, JSON
 * and (when plugged in) index — timing every stage around its call; its wall clock gives the
 * whole pipeline's docs/s. The <em>segment pass</em> reads and normalises again (untimed) and
 * times {@link HanLpSegmenter} over every block. A stage's throughput is the normalised characters
 * of the pass per second of that stage's time, times T: what T threads doing only that stage
 * would reach. The pipeline/segmentation ratio compares both the same way, so load from other
 * processes affects both sides alike. Warm-up passes run first; figures are medians of the
 * measured rounds.
 */
public final class StageBenchmark {
  /** Stage indices into the timing arrays. */
  private static final int READ = 0;
  private static final int NORMALISE = 1;
  private static final int OUTLINE = 2;
  private static final int SEGMENT = 3;
  private static final int EXTRACT = 4;
  private static final int JSON = 5;
  private static final int INDEX = 6;
  /** HanLP's StandardTokenizer on the same text: a second, faster floor. */
  private static final int STANDARD = 7;
  private static final int STAGES = 8;
  /** Rounds whose pipeline/segmentation ratios differ more than this are not reported. */
  public static final double MAX_SPREAD = 2.0;
  /** A pass over a small set repeats it up to this many documents, so all threads have work. */
  private static final int MIN_PASS_DOCS = 20;
  /** Distinct query strings taken from the extracted plans. */
  private static final int MAX_QUERIES = 50;
  private static final int QUERY_ROUNDS = 5;
  private static final int WARM_SEARCHES = 1_000;
  private static final long WARM_NANOS = 20_000_000_000L;

  /**
   * What to run.
   *
   * @param corpus the folder of real plans (the base of generated ones too)
   * @param generate how many variant plans to generate and measure as a second set (0: none)
   * @param threads thread counts to measure, e.g. 1 and all cores
   * @param repeat measured rounds per set and thread count
   * @param warmupSeconds warm-up time before the first set's first measurement
   * @param seed for the generator
   * @param keep where to keep the generated plans; null: a temporary folder, deleted afterwards
   * @param index the index stage, or null
   */
  public record Options(Path corpus, int generate, List<Integer> threads, int repeat,
      double warmupSeconds, long seed, Path keep, IndexStageFactory index) {
    public Options {
      threads = List.copyOf(threads);
      if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
        throw new IllegalArgumentException("thread counts must be ≥ 1: " + threads);
      }
      if (repeat < 1) {
        throw new IllegalArgumentException("repeat must be ≥ 1");
      }
    }
  }

  private final Pipeline pipeline;
  private final Segmenter segmenter;
  private final PrintWriter progress;

  /**
   * @param pipeline the pipeline whose stages are timed
   * @param progress where progress lines go (stderr in the CLI)
   */
  public StageBenchmark(Pipeline pipeline, PrintWriter progress) {
    this.pipeline = pipeline;
    this.segmenter = HanLpSegmenter.shared();
    this.progress = progress;
  }

  public BenchReport run(Options o) throws IOException, ReadException {
    List<Path> corpus = planFiles(o.corpus());
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("no plan files in " + o.corpus());
    }
    List<BenchReport.Run> runs = new ArrayList<>();
    warmUp(corpus, o);
    for (int t : o.threads()) {
      runs.add(measure("corpus", corpus, t, o));
    }
    if (o.generate() > 0) {
      Path dir = o.keep() != null ? o.keep() : Files.createTempDirectory("planscope-bench-");
      try {
        progress.printf("generating %d variant plans in %s%n", o.generate(), dir);
        progress.flush();
        List<Path> generated =
            new CorpusGenerator(corpus, pipeline).generate(o.generate(), dir, o.seed());
        for (int t : o.threads()) {
          runs.add(measure("generated", generated, t, o));
        }
      } finally {
        if (o.keep() == null) {
          deleteTree(dir);
        }
      }
    }
    return new BenchReport(Runtime.version().toString() + " " + System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
        o.index() == null ? null : o.index().name(), runs);
  }

  /**
   * The ingest and search curve: for each size, a fresh index built from that many generated
   * plans by one pipeline pass on {@code threads} threads (wall clock, commit included), the live
   * heap after it, then the search latency of the plans' own domain names and indicators.
   */
  public ScaleReport scale(Path corpusDir, List<Integer> sizes, int threads, long seed, Path keep,
      IndexStageFactory indexFactory) throws IOException, ReadException {
    if (indexFactory == null) {
      throw new IllegalArgumentException("no index stage to measure");
    }
    List<Integer> ordered = sizes.stream().sorted().toList();
    if (ordered.isEmpty() || ordered.get(0) < 1) {
      throw new IllegalArgumentException("sizes must be ≥ 1: " + sizes);
    }
    List<Path> corpus = planFiles(corpusDir);
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("no plan files in " + corpusDir);
    }
    Path dir = keep != null ? keep : Files.createTempDirectory("planscope-bench-");
    List<ScaleReport.Point> points = new ArrayList<>();
    try {
      int max = ordered.get(ordered.size() - 1);
      progress.printf("generating %d variant plans in %s%n", max, dir);
      progress.flush();
      List<Path> generated = new CorpusGenerator(corpus, pipeline).generate(max, dir, seed);
      // warm the JIT on the smallest set, unmeasured
      pipelinePass(generated.subList(0, Math.min(ordered.get(0), 200)), threads, null, null);
      for (int n : ordered) {
        Path indexDir = Files.createTempDirectory("planscope-bench-index-");
        IndexStage index = indexFactory.open(indexDir);
        try {
          Set<String> found = ConcurrentHashMap.newKeySet();
          Measure.HeapWatch heap = new Measure.HeapWatch();
          Round round = pipelinePass(generated.subList(0, n), threads, index, found);
          long peak = heap.peak();
          long live = liveAfterForcedGc();
          List<String> queries = found.stream().sorted().limit(MAX_QUERIES).toList();
          long[] hits = new long[1];
          double[] ms = queryLatencies(index, queries, hits);
          points.add(new ScaleReport.Point(n, round.chars, round.wallNanos / 1e9, index.sizeBytes(),
              peak, live, queries.size(), ms == null ? 0 : hits[0] / ms.length,
              ms == null ? Double.NaN : percentile(ms, 0.50),
              ms == null ? Double.NaN : percentile(ms, 0.99)));
          progress.printf("%d plans: ingest %.1f s, search p50 %.2f ms, p99 %.2f ms%n", n,
              round.wallNanos / 1e9, ms == null ? Double.NaN : percentile(ms, 0.50),
              ms == null ? Double.NaN : percentile(ms, 0.99));
          progress.flush();
        } finally {
          index.close();
          deleteTree(indexDir);
        }
      }
    } finally {
      if (keep == null) {
        deleteTree(dir);
      }
    }
    return new ScaleReport(Runtime.version().toString() + " " + System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), threads,
        points);
  }

  private void warmUp(List<Path> files, Options o) throws IOException {
    long until = System.nanoTime() + (long) (o.warmupSeconds() * 1e9);
    int passes = 0;
    while (System.nanoTime() < until) {
      int t = o.threads().get(passes % o.threads().size());
      // the index stage is warmed too: a cold first round would differ from the others ×2
      Path indexDir = o.index() == null ? null : Files.createTempDirectory("planscope-bench-warm-");
      try (IndexStage index = indexDir == null ? null : o.index().open(indexDir)) {
        pipelinePass(files, t, index, null);
      } finally {
        if (indexDir != null) {
          deleteTree(indexDir);
        }
      }
      segmentPass(files, t);
      passes++;
    }
    progress.printf("warm-up: %d round(s) in %.1f s%n", passes, o.warmupSeconds());
    progress.flush();
  }

  /** The measured rounds of one set at one thread count, reduced to medians. */
  private BenchReport.Run measure(String set, List<Path> files, int threads, Options o)
      throws IOException {
    List<Path> pass = files;
    if (files.size() < MIN_PASS_DOCS) {
      pass = new ArrayList<>();
      for (int i = 0; i < MIN_PASS_DOCS; i++) {
        pass.add(files.get(i % files.size()));
      }
    }
    List<Round> rounds = new ArrayList<>();
    List<String> queries = new ArrayList<>();
    long indexBytes = -1;
    double[] latencies = null;
    for (int r = 0; r < o.repeat(); r++) {
      Path indexDir = null;
      IndexStage index = null;
      try {
        if (o.index() != null) {
          indexDir = Files.createTempDirectory("planscope-bench-index-");
          index = o.index().open(indexDir);
        }
        Set<String> found = r == 0 ? ConcurrentHashMap.newKeySet() : null;
        Measure.HeapWatch heap = new Measure.HeapWatch();
        Round round = pipelinePass(pass, threads, index, found);
        round.peakHeap = heap.peak();
        round.liveHeap = liveAfterForcedGc();
        long[] seg = segmentPass(pass, threads);
        round.segmentNanos = seg[0];
        round.standardNanos = seg[1];
        rounds.add(round);
        if (found != null) {
          queries = found.stream().sorted().limit(MAX_QUERIES).toList();
        }
        if (index != null && r == o.repeat() - 1) {
          indexBytes = index.sizeBytes();
          latencies = queryLatencies(index, queries, new long[1]);
        }
        progress.printf("%s, %d thread(s), round %d/%d: %.1f docs/s, pipeline/segmentation %.2f%n",
            set, threads, r + 1, o.repeat(), round.docs * 1e9 / round.wallNanos, round.ratio(threads));
        progress.flush();
      } finally {
        if (index != null) {
          index.close();
        }
        if (indexDir != null) {
          deleteTree(indexDir);
        }
      }
    }
    long chars = rounds.get(0).chars;
    int docs = rounds.get(0).docs;
    List<BenchReport.Stage> stages = new ArrayList<>();
    for (int s = 0; s < STAGES; s++) {
      final int k = s;
      if (s == INDEX && o.index() == null) {
        stages.add(new BenchReport.Stage(BenchReport.STAGES.get(s), Double.NaN, Double.NaN,
            Double.NaN));
        continue;
      }
      double nanos = median(rounds.stream().mapToDouble(x -> x.stageNanos(k)).toArray());
      double seconds = nanos / 1e9 / threads;
      stages.add(new BenchReport.Stage(BenchReport.STAGES.get(s), chars / seconds, docs / seconds,
          nanos / 1e6 / threads));
    }
    double pipeNanos = median(rounds.stream().mapToDouble(Round::pipelineNanos).toArray());
    double wallNanos = median(rounds.stream().mapToDouble(x -> x.wallNanos).toArray());
    double[] ratios = rounds.stream().mapToDouble(x -> x.ratio(threads)).toArray();
    double ratio = median(ratios);
    double spread = spread(ratios);
    double ratioStandard = median(rounds.stream().mapToDouble(Round::ratioStandard).toArray());
    long peak = (long) median(rounds.stream().mapToDouble(x -> x.peakHeap).toArray());
    long live = (long) median(rounds.stream().mapToDouble(x -> x.liveHeap).toArray());
    double pipeSeconds = pipeNanos / 1e9 / threads;
    return new BenchReport.Run(set, threads, docs, chars, rounds.size(), stages,
        chars / pipeSeconds, docs / pipeSeconds, chars * 1e9 / wallNanos, docs * 1e9 / wallNanos,
        ratio, spread, ratioStandard, peak, live, indexBytes, latencies == null ? 0 : queries.size(),
        latencies == null ? Double.NaN : percentile(latencies, 0.50),
        latencies == null ? Double.NaN : percentile(latencies, 0.99));
  }

  /** Stage times of one round, summed over its documents. */
  private static final class Round {
    final AtomicLongArray nanos = new AtomicLongArray(STAGES);
    final AtomicLong charCount = new AtomicLong();
    long chars;
    int docs;
    long wallNanos;
    long segmentNanos;
    long standardNanos;
    long peakHeap;
    long liveHeap;

    long stageNanos(int stage) {
      return stage == SEGMENT ? segmentNanos : stage == STANDARD ? standardNanos : nanos.get(stage);
    }

    long pipelineNanos() {
      long sum = 0;
      for (int s = 0; s < STAGES; s++) {
        if (s != SEGMENT && s != STANDARD) {
          sum += nanos.get(s);
        }
      }
      return sum;
    }

    double ratio(int threads) {
      return segmentNanos == 0 ? Double.NaN : (double) segmentNanos / pipelineNanos();
    }

    double ratioStandard() {
      return standardNanos == 0 ? Double.NaN : (double) standardNanos / pipelineNanos();
    }
  }

  /** Read → normalise → outline → extract → JSON → index, each stage timed. */
  private Round pipelinePass(List<Path> files, int threads, IndexStage index, Set<String> queries)
      throws IOException {
    Round round = new Round();
    // a file repeated to fill the pass is indexed as one more file, not as its replacement
    Map<Path, AtomicInteger> copies = new ConcurrentHashMap<>();
    long t0 = System.nanoTime();
    forEach(files, threads, file -> {
      int copy = copies.computeIfAbsent(file, k -> new AtomicInteger()).getAndIncrement();
      long a = System.nanoTime();
      Document doc = pipeline.reader().read(file);
      long b = System.nanoTime();
      PlanText text = pipeline.normalize(doc);
      long c = System.nanoTime();
      PlanStructure s = pipeline.structure(text);
      long d = System.nanoTime();
      Plan plan = pipeline.extract(doc, text, s);
      long e = System.nanoTime();
      String json = PlanJson.pretty(plan);
      long f = System.nanoTime();
      if (index != null) {
        index.add(copy == 0 ? file : Path.of(file + "#" + (copy + 1)), plan);
      }
      long g = System.nanoTime();
      round.nanos.addAndGet(READ, b - a);
      round.nanos.addAndGet(NORMALISE, c - b);
      round.nanos.addAndGet(OUTLINE, d - c);
      round.nanos.addAndGet(EXTRACT, e - d);
      round.nanos.addAndGet(JSON, f - e + (json.isEmpty() ? 1 : 0));
      round.nanos.addAndGet(INDEX, g - f);
      round.charCount.addAndGet(text.length());
      if (queries != null && queries.size() < MAX_QUERIES * 4) {
        collectQueries(plan, queries);
      }
    });
    if (index != null) {
      long a = System.nanoTime();
      index.commit();
      round.nanos.addAndGet(INDEX, System.nanoTime() - a);
    }
    round.wallNanos = System.nanoTime() - t0;
    round.chars = round.charCount.get();
    round.docs = files.size();
    return round;
  }

  /**
   * Read and normalise (untimed), then segment every block (timed) with the project's segmenter
   * (Viterbi + part of speech) and with HanLP's StandardTokenizer; the two summed stage times.
   */
  private long[] segmentPass(List<Path> files, int threads) throws IOException {
    AtomicLong nanos = new AtomicLong();
    AtomicLong standard = new AtomicLong();
    forEach(files, threads, file -> {
      PlanText text = pipeline.normalize(pipeline.reader().read(file));
      long a = System.nanoTime();
      long tokens = 0;
      for (Block block : text.blocks()) {
        tokens += segmenter.segment(block.span().in(text.text())).size();
      }
      long b = System.nanoTime();
      for (Block block : text.blocks()) {
        tokens += HanLpSegmenter.standardWordCount(block.span().in(text.text()));
      }
      long c = System.nanoTime();
      nanos.addAndGet(b - a + (tokens < 0 ? 1 : 0));
      standard.addAndGet(c - b);
    });
    return new long[] {nanos.get(), standard.get()};
  }

  /** Domain names and stated indicators: what users search for. */
  private static void collectQueries(Plan plan, Set<String> queries) {
    for (Domain d : plan.domains()) {
      if (d.name() != null && !d.name().isBlank()) {
        queries.add(d.name());
      }
    }
    plan.items().flatMap(i -> i.targets().stream()).filter(Target::stated)
        .map(Target::indicator).filter(s -> s.length() >= 2 && s.length() <= 16)
        .forEach(queries::add);
  }

  /** Per-search milliseconds over {@code QUERY_ROUNDS} rounds; the hits summed into hits[0]. */
  private static double[] queryLatencies(IndexStage index, List<String> queries, long[] hits)
      throws IOException {
    QueryHook hook = index.searcher();
    if (hook == null || queries.isEmpty()) {
      return null;
    }
    try (hook) {
      // warm-up in whole rounds until WARM_SEARCHES searches or WARM_NANOS: one round left
      // the JIT half done, and p50 came out a third above a server's steady state
      long until = System.nanoTime() + WARM_NANOS;
      for (int done = 0; done < WARM_SEARCHES && System.nanoTime() < until; ) {
        for (String q : queries) {
          hook.search(q);
          done++;
        }
      }
      double[] ms = new double[queries.size() * QUERY_ROUNDS];
      int n = 0;
      for (int r = 0; r < QUERY_ROUNDS; r++) {
        for (String q : queries) {
          long a = System.nanoTime();
          hits[0] += hook.search(q);
          ms[n++] = (System.nanoTime() - a) / 1e6;
        }
      }
      return ms;
    }
  }
}
