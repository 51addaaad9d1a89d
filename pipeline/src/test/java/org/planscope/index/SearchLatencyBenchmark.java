package org.planscope.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: per-search latency of {@link PlanSearcher#search} (top 10, facets, highlights) on
 * an existing index, the queries read one a line from a file. Warm-up first (whole rounds, 1,000
 * searches); rounds alternate nothing; run the command three times and take the median. Usage:
 * {@code SearchLatencyBenchmark INDEX QUERIES [ROUNDS]}.
 */
public final class SearchLatencyBenchmark {
  private SearchLatencyBenchmark() {}

  private static final boolean EXACT = Boolean.getBoolean("exact");

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    List<String> queries = Files.readAllLines(Path.of(args[1])).stream()
        .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    try (PlanSearcher s = PlanSearcher.open(index)) {
      // warm-up as planscope bench does: whole rounds until 1,000 searches (-Dwarm=ROUNDS
      // overrides); two rounds left the JIT half done, p50 a third above the steady state
      int warm = Integer.getInteger("warm", (999 + queries.size()) / queries.size());
      for (int w = 0; w < warm; w++) {
        for (String q : queries) {
          s.search(SearchRequest.of(q));
        }
      }
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      double[] ms = new double[queries.size() * rounds];
      double[] cpu = new double[queries.size() * rounds];
      List<double[]> perQuery = new ArrayList<>();
      long hits = 0;
      int n = 0;
      for (int r = 0; r < rounds; r++) {
        for (String q : queries) {
          long c = mx.getCurrentThreadCpuTime();
          long a = System.nanoTime();
          SearchResult res = s.search(SearchRequest.of(q).withExactCounts(EXACT));
          ms[n] = (System.nanoTime() - a) / 1e6;
          cpu[n++] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
          hits += res.total();
        }
      }
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      double[] cs = cpu.clone();
      Arrays.sort(cs);
      System.out.printf(Locale.ROOT, "cpu p50 %.2f ms, p90 %.2f ms, p99 %.2f ms; ", pct(cs, 0.5),
          pct(cs, 0.9), pct(cs, 0.99));
      System.out.printf(Locale.ROOT, "docs %d, %d queries x %d: p50 %.2f ms, p90 %.2f ms,"
              + " p99 %.2f ms, max %.2f ms, mean hits %d (counted to %d)%n", s.size(),
          queries.size(), rounds, pct(sorted, 0.5), pct(sorted, 0.9), pct(sorted, 0.99),
          sorted[sorted.length - 1], hits / ms.length, PlanSearcher.TOTAL_HITS_THRESHOLD);
      if (System.getProperty("perQuery") != null) {
        for (int i = 0; i < queries.size(); i++) {
          double[] q = new double[rounds];
          for (int r = 0; r < rounds; r++) {
            q[r] = cpu[r * queries.size() + i];
          }
          Arrays.sort(q);
          System.out.printf(Locale.ROOT, "%8.2f  %s%n", q[rounds / 2], queries.get(i));
        }
      }
    }
  }

  private static double pct(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
