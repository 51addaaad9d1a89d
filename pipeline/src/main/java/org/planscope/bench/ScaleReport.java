package org.planscope.bench;

import java.util.List;
import java.util.Locale;

/**
 * What {@code planscope bench --scale} measured: one {@link Point} per number of generated plans,
 * each a fresh index built by one pass of the whole pipeline (read → index, commit), then searched.
 *
 * @param jvm the Java runtime
 * @param cores available processors
 * @param maxHeapBytes the heap limit (-Xmx)
 * @param threads worker threads of the ingest pass
 * @param points one per size, smallest first
 */
public record ScaleReport(String jvm, int cores, long maxHeapBytes, int threads,
    List<Point> points) {
  public ScaleReport {
    points = List.copyOf(points);
  }

  /**
   * One size.
   *
   * @param plans generated plans ingested
   * @param chars normalised characters of those plans
   * @param ingestSeconds wall clock of the pipeline pass with the index stage, commit included
   * @param indexBytes index size on disk
   * @param peakHeapBytes highest heap use during the pass, garbage included
   * @param liveHeapBytes heap in use after forced full collections, the index still open
   * @param queries distinct queries (domain names and stated indicators of the plans)
   * @param meanHits matching documents per query (a lower bound past 10,000)
   * @param p50Millis search latency p50, in process, with facets and highlights
   * @param p99Millis search latency p99
   */
  public record Point(int plans, long chars, double ingestSeconds, long indexBytes,
      long peakHeapBytes, long liveHeapBytes, int queries, long meanHits, double p50Millis,
      double p99Millis) {}

  public String text() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "planscope bench --scale — %s, %d core(s), max heap %.0f MiB, %d ingest thread(s)%n%n",
        jvm, cores, maxHeapBytes / 1048576.0, threads));
    b.append(String.format(Locale.ROOT, "%8s %10s %10s %9s %10s %10s %10s %8s %9s %9s%n",
        "plans", "M chars", "ingest s", "plans/s", "index MiB", "peak MiB", "live MiB", "hits",
        "p50 ms", "p99 ms"));
    for (Point p : points) {
      b.append(String.format(Locale.ROOT, "%8d %10.1f %10.1f %9.1f %10.0f %10.0f %10.0f %8d %9.2f %9.2f%n",
          p.plans(), p.chars() / 1e6, p.ingestSeconds(), p.plans() / p.ingestSeconds(),
          p.indexBytes() / 1048576.0, p.peakHeapBytes() / 1048576.0,
          p.liveHeapBytes() / 1048576.0, p.meanHits(), p.p50Millis(), p.p99Millis()));
    }
    return b.toString();
  }

  public String json() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "{\"jvm\":\"%s\",\"cores\":%d,\"maxHeapBytes\":%d,\"threads\":%d,\"points\":[",
        jvm.replace("\\", "\\\\").replace("\"", "\\\""), cores, maxHeapBytes, threads));
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      b.append(i > 0 ? "," : "").append(String.format(Locale.ROOT,
          "{\"plans\":%d,\"chars\":%d,\"ingestSeconds\":%.3f,\"indexBytes\":%d,"
              + "\"peakHeapBytes\":%d,\"liveHeapBytes\":%d,\"queries\":%d,\"meanHits\":%d,"
              + "\"p50Millis\":%.3f,\"p99Millis\":%.3f}",
          p.plans(), p.chars(), p.ingestSeconds(), p.indexBytes(), p.peakHeapBytes(),
          p.liveHeapBytes(), p.queries(), p.meanHits(), p.p50Millis(), p.p99Millis()));
    }
    return b.append("]}").toString();
  }
}
