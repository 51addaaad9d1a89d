package org.planscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.Pipeline;
import org.planscope.cli.Main;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;

/**
 * A smoke run of the benchmark: one round on two plans (and two generated ones), every stage
 * reported with positive figures. No timing is asserted: the machine's speed is not the code's.
 */
class StageBenchmarkTest {
  /** An index stage that counts what it is given, and answers every query with one hit. */
  static final class CountingIndex implements IndexStage {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger searched = new AtomicInteger();
    final Set<String> keys = ConcurrentHashMap.newKeySet();
    boolean committed;

    @Override
    public void add(Path file, Plan plan) {
      added.incrementAndGet();
      keys.add(file.toString());
    }

    @Override
    public void commit() {
      committed = true;
    }

    @Override
    public long sizeBytes() {
      return 1000L * added.get();
    }

    @Override
    public QueryHook searcher() {
      return q -> {
        searched.incrementAndGet();
        return 1;
      };
    }

    @Override
    public void close() {}
  }

  private static Path twoPlans(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (Path f : Corpus.files().subList(0, 2)) {
      Files.copy(f, corpus.resolve(f.getFileName()));
    }
    return corpus;
  }

  @Test
  void everyStageIsReportedWithPositiveFiguresAndTheIndexHookIsUsed(@TempDir Path tmp)
      throws Exception {
    CountingIndex index = new CountingIndex();
    IndexStageFactory factory = new IndexStageFactory() {
      @Override
      public String name() {
        return "counting";
      }

      @Override
      public IndexStage open(Path dir) {
        return index;
      }
    };
    StageBenchmark bench = new StageBenchmark(new Pipeline(), new PrintWriter(new StringWriter()));
    BenchReport report = bench.run(new StageBenchmark.Options(twoPlans(tmp), 2, List.of(1), 1, 0,
        7, null, factory));

    assertEquals(List.of("corpus", "generated"), report.runs().stream().map(BenchReport.Run::set).toList());
    for (BenchReport.Run run : report.runs()) {
      assertEquals(BenchReport.STAGES, run.stages().stream().map(BenchReport.Stage::name).toList());
      for (BenchReport.Stage s : run.stages()) {
        assertTrue(s.available(), run.set() + " " + s.name());
        assertTrue(s.charsPerSecond() > 0 && s.docsPerSecond() > 0, run.set() + " " + s);
      }
      assertTrue(run.docs() >= 2 && run.chars() > 10_000, run.toString());
      assertTrue(run.pipelineCharsPerSecond() > 0 && run.wallDocsPerSecond() > 0, run.toString());
      assertTrue(run.ratio() > 0, run.toString());
      assertTrue(run.peakHeapBytes() > 0, run.toString());
      assertTrue(run.indexBytes() > 0, run.toString());
      assertTrue(run.queries() > 0 && run.queryP50Millis() >= 0
          && run.queryP99Millis() >= run.queryP50Millis(), run.toString());
    }
    // a pass over a small set is padded to 20 documents, each added to the index once and
    // under a key of its own (a.txt, a.txt#2, …): 20 new plans, not one plan replaced 10 times
    assertEquals(40, index.added.get());
    assertEquals(40, index.keys.size(), index.keys.toString());
    assertTrue(index.committed);
    assertTrue(index.searched.get() > 0);
    String text = report.text();
    for (String stage : BenchReport.STAGES) {
      assertTrue(text.contains("  " + stage + " "), stage + " missing from\n" + text);
    }
  }

  @Test
  void theCommandTimesTheRegisteredLuceneIndexToo(@TempDir Path tmp) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"bench", "--corpus", twoPlans(tmp).toString(), "--repeat",
        "1", "--warmup", "0", "--threads", "1", "--json"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertTrue(report.get("index").asText().startsWith("lucene"), report.toString());
    JsonNode run = report.get("runs").get(0);
    assertEquals("corpus", run.get("set").asText());
    assertEquals(1, run.get("threads").asInt());
    for (String stage : BenchReport.STAGES) {
      JsonNode s = run.get("stages").get(stage);
      assertTrue(s.get("charsPerSecond").asDouble() > 0, stage + ": " + s);
    }
    assertTrue(run.get("ratioToSegmentation").asDouble() > 0);
    assertTrue(run.get("indexBytes").asLong() > 0, run.toString());
    assertTrue(run.get("queryP50Millis").asDouble() > 0, run.toString());
    assertTrue(run.get("queryP99Millis").asDouble() >= run.get("queryP50Millis").asDouble());
  }

  @Test
  void generatedPlansDifferFromTheirBaseAndFromEachOtherAndStillRead(@TempDir Path tmp)
      throws Exception {
    Pipeline pipeline = new Pipeline();
    List<Path> base = Corpus.files().subList(0, 2);
    List<Path> out = new CorpusGenerator(base, pipeline).generate(6, tmp.resolve("gen"), 3);
    assertEquals(6, out.size());
    Set<String> hashes = new HashSet<>();
    for (Path f : base) {
      hashes.add(CorpusGenerator.sha256(Files.readString(f)));
    }
    for (int i = 0; i < out.size(); i++) {
      String text = Files.readString(out.get(i));
      assertTrue(hashes.add(CorpusGenerator.sha256(text)), out.get(i) + " repeats a text");
      Plan variant = pipeline.run(out.get(i));
      Plan original = pipeline.run(base.get(i % base.size()));
      assertFalse(variant.domains().isEmpty(), out.get(i) + " has no domains");
      assertEquals(original.domains().stream().map(d -> d.name()).sorted().toList(),
          variant.domains().stream().map(d -> d.name()).sorted().toList(),
          "the same domains, perhaps in another order");
      assertNotEquals(original.region().name(), variant.region().name(), "another region");
    }
    // the same seed gives the same plans
    List<Path> again = new CorpusGenerator(base, pipeline).generate(2, tmp.resolve("again"), 3);
    assertEquals(Files.readString(out.get(0)), Files.readString(again.get(0)));
  }

  @Test
  void spreadIsTheLargestRatioOverTheSmallest() {
    assertEquals(1.0, Measure.spread(new double[] {0.5, 0.5, 0.5}));
    assertEquals(2.5, Measure.spread(new double[] {0.4, 1.0, 0.6}), 1e-9);
    assertTrue(Double.isNaN(Measure.spread(new double[] {0.4, Double.NaN})));
  }

  @Test
  void aRunWhoseRoundsDisagreeMoreThanTwiceIsInconsistent() {
    BenchReport.Run agree = run(1.9);
    BenchReport.Run disagree = run(2.1);
    assertFalse(agree.inconsistent());
    assertTrue(disagree.inconsistent());
  }

  private static BenchReport.Run run(double spread) {
    return new BenchReport.Run("corpus", 1, 2, 100, 3, List.of(), 1, 1, 1, 1, 0.5, spread, 0.4,
        1, 1, -1, 0, Double.NaN, Double.NaN);
  }
}
