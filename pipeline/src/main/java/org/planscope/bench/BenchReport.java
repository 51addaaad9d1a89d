package org.planscope.bench;

import java.util.List;
import java.util.Locale;

/**
 * What {@code planscope bench} measured: one {@link Run} per document set and thread count.
 * Figures are medians over the measured passes. Renders as a text table or as JSON.
 *
 * @param jvm the Java runtime
 * @param cores available processors
 * @param maxHeapBytes the heap limit (-Xmx)
 * @param index the index stage's name, or null when none is plugged in
 * @param runs one per document set and thread count
 */
public record BenchReport(String jvm, int cores, long maxHeapBytes, String index, List<Run> runs) {
  /**
   * Stage names, in pipeline order; {@code segment} (HanLP Viterbi + part of speech, as extract
   * uses it) and {@code standard} (HanLP's StandardTokenizer) are floors, not part of the pipeline.
   */
  public static final List<String> STAGES =
      List.of("read", "normalise", "outline", "segment", "extract", "json", "index", "standard");

  public BenchReport {
    runs = List.copyOf(runs);
  }

  /**
   * One stage: throughput as if all threads did only this stage (characters of normalised text
   * per second of stage time, times the thread count); NaN when the stage is absent.
   */
  public record Stage(String name, double charsPerSecond, double docsPerSecond, double millis) {
    public boolean available() {
      return !Double.isNaN(charsPerSecond);
    }
  }

  /**
   * One document set at one thread count.
   *
   * @param set {@code corpus} or {@code generated}
   * @param docs documents in a measured pass
   * @param chars characters of normalised text in a pass
   * @param pipelineCharsPerSecond the pipeline stages (all but segment) by stage time
   * @param wallDocsPerSecond documents through the whole pipeline per second of wall clock
   * @param ratio pipeline ÷ segmentation throughput, the median of the per-round ratios
   * @param ratioSpread the largest per-round ratio over the smallest (1: rounds agree)
   * @param ratioStandard pipeline ÷ StandardTokenizer throughput, median of per-round ratios
   * @param peakHeapBytes the highest heap use seen, garbage included
   * @param liveHeapBytes heap in use after forced full collections at the end of a pass, the
   *     index still open (median over rounds)
   * @param indexBytes the index size, or -1 when there is no index stage
   * @param queryP50Millis query latency p50, or NaN
   * @param queryP99Millis query latency p99, or NaN
   */
  public record Run(String set, int threads, int docs, long chars, int passes, List<Stage> stages,
      double pipelineCharsPerSecond, double pipelineDocsPerSecond, double wallCharsPerSecond,
      double wallDocsPerSecond, double ratio, double ratioSpread, double ratioStandard,
      long peakHeapBytes, long liveHeapBytes,
      long indexBytes, int queries, double queryP50Millis, double queryP99Millis) {
    public Run {
      stages = List.copyOf(stages);
    }

    /** True when the rounds disagree too much for a median to mean anything. */
    public boolean inconsistent() {
      return ratioSpread > StageBenchmark.MAX_SPREAD;
    }

    public Stage stage(String name) {
      return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
  }

  /** A table per run, for people. */
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "planscope bench — %s, %d core(s), max heap %s, index %s%n",
        jvm, cores, mib(maxHeapBytes), index == null ? "n/a" : index));
    for (Run r : runs) {
      b.append(String.format(Locale.ROOT,
          "%n%s: %d docs, %.2f M chars per pass, %d thread(s), median of %d pass(es)%n",
          r.set(), r.docs(), r.chars() / 1e6, r.threads(), r.passes()));
      b.append(String.format(Locale.ROOT, "  %-10s %14s %10s %12s%n", "stage", "chars/s", "docs/s",
          "ms/pass"));
      for (Stage s : r.stages()) {
        if (s.available()) {
          b.append(String.format(Locale.ROOT, "  %-10s %14s %10.1f %12.0f%n", s.name(),
              count(s.charsPerSecond()), s.docsPerSecond(), s.millis()));
        } else {
          b.append(String.format(Locale.ROOT, "  %-10s %14s %10s %12s%n", s.name(), "n/a", "n/a",
              "n/a"));
        }
      }
      b.append(String.format(Locale.ROOT, "  %-10s %14s %10.1f%n", "pipeline",
          count(r.pipelineCharsPerSecond()), r.pipelineDocsPerSecond()));
      b.append(String.format(Locale.ROOT, "  %-10s %14s %10.1f   (wall clock, pipeline pass)%n",
          "wall", count(r.wallCharsPerSecond()), r.wallDocsPerSecond()));
      b.append(String.format(Locale.ROOT,
          "  pipeline / segmentation = %.2f (median of %d per-round ratios, spread ×%.2f);"
              + " pipeline / StandardTokenizer = %.2f%n",
          r.ratio(), r.passes(), r.ratioSpread(), r.ratioStandard()));
      b.append(String.format(Locale.ROOT, "  heap: peak %s, live after forced GC %s%n",
          mib(r.peakHeapBytes()), mib(r.liveHeapBytes())));
      b.append(String.format(Locale.ROOT, "  index size: %s; query latency (%d queries): %s%n",
          r.indexBytes() < 0 ? "n/a" : mib(r.indexBytes()), r.queries(),
          Double.isNaN(r.queryP50Millis()) ? "n/a"
              : String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms", r.queryP50Millis(),
                  r.queryP99Millis())));
    }
    return b.toString();
  }

  /** The same figures as JSON (absent figures are null). */
  public String json() {
    StringBuilder b = new StringBuilder();
    b.append("{\"jvm\":").append(str(jvm)).append(",\"cores\":").append(cores)
        .append(",\"maxHeapBytes\":").append(maxHeapBytes).append(",\"index\":")
        .append(index == null ? "null" : str(index)).append(",\"runs\":[");
    for (int i = 0; i < runs.size(); i++) {
      Run r = runs.get(i);
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"set\":").append(str(r.set())).append(",\"threads\":").append(r.threads())
          .append(",\"docs\":").append(r.docs()).append(",\"chars\":").append(r.chars())
          .append(",\"passes\":").append(r.passes()).append(",\"stages\":{");
      for (int k = 0; k < r.stages().size(); k++) {
        Stage s = r.stages().get(k);
        if (k > 0) {
          b.append(',');
        }
        b.append(str(s.name())).append(":{\"charsPerSecond\":").append(num(s.charsPerSecond()))
            .append(",\"docsPerSecond\":").append(num(s.docsPerSecond()))
            .append(",\"millisPerPass\":").append(num(s.millis())).append('}');
      }
      b.append("},\"pipeline\":{\"charsPerSecond\":").append(num(r.pipelineCharsPerSecond()))
          .append(",\"docsPerSecond\":").append(num(r.pipelineDocsPerSecond()))
          .append(",\"wallCharsPerSecond\":").append(num(r.wallCharsPerSecond()))
          .append(",\"wallDocsPerSecond\":").append(num(r.wallDocsPerSecond()))
          .append("},\"ratioToSegmentation\":").append(num(r.ratio()))
          .append(",\"ratioSpread\":").append(num(r.ratioSpread()))
          .append(",\"ratioToStandardTokenizer\":").append(num(r.ratioStandard()))
          .append(",\"peakHeapBytes\":").append(r.peakHeapBytes())
          .append(",\"liveHeapBytes\":").append(r.liveHeapBytes())
          .append(",\"indexBytes\":").append(r.indexBytes() < 0 ? "null" : r.indexBytes())
          .append(",\"queries\":").append(r.queries())
          .append(",\"queryP50Millis\":").append(num(r.queryP50Millis()))
          .append(",\"queryP99Millis\":").append(num(r.queryP99Millis())).append('}');
    }
    return b.append("]}").toString();
  }

  private static String count(double perSecond) {
    if (perSecond >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f k", perSecond / 1e3);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
  }

  private static String num(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? "null"
        : String.format(Locale.ROOT, "%.4g", d).replaceAll("e\\+0*", "e");
  }

  private static String str(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
