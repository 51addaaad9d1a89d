package org.planscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** The benchmark's statistics (median, percentile, spread), heap readings and file helpers. */
final class BenchSupport {
  private BenchSupport() {}

  /**
   * The heap still reachable: used heap right after forced full collections (the index stage
   * still open), not the highest seen after some collection, which counts garbage of old
   * generations that a young collection left alone.
   */
  static long liveAfterForcedGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** The largest over the smallest value (1 when they agree); NaN when any is NaN or ≤ 0. */
  static double spread(double[] xs) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (double x : xs) {
      if (Double.isNaN(x) || x <= 0) {
        return Double.NaN;
      }
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    return xs.length == 0 ? Double.NaN : max / min;
  }

  /** One document's work, which may throw. */
  interface Work {
    void run(Path file) throws Exception;
  }

  static void forEach(List<Path> files, int threads, Work work) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>(files.size());
      for (Path f : files) {
        futures.add(pool.submit(() -> {
          work.run(f);
          return null;
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          futures.get(i).get();
        } catch (ExecutionException e) {
          throw new IOException(files.get(i) + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The peak of every heap pool while a pass runs, garbage included. */
  static final class HeapWatch {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();

    HeapWatch() {
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    long peak() {
      long sum = 0;
      for (MemoryPoolMXBean p : pools) {
        sum += p.getPeakUsage().getUsed();
      }
      return sum;
    }
  }

  static List<Path> planFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            int dot = n.lastIndexOf('.');
            return !n.startsWith(".") && dot > 0
                && org.planscope.ingest.TikaDocumentReader.SUPPORTED.contains(n.substring(dot + 1));
          })
          .sorted().toList();
    }
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  static double percentile(double[] xs, double p) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int k = (int) Math.ceil(p * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, k))];
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
