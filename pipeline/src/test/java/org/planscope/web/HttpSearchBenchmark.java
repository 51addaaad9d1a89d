package org.planscope.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: per-search latency of {@code GET /api/search} (top 10, with facets and highlights)
 * on a running {@code planscope serve}, over one kept-alive HTTP/1.1 connection, the queries read
 * one a line from a file. Warm-up first, as {@code SearchLatencyBenchmark} does (whole rounds
 * until 1,000 searches); run the command three times and take the median. Usage: {@code
 * HttpSearchBenchmark BASE_URL QUERIES [ROUNDS]}, e.g. {@code http://127.0.0.1:8080 q.txt 3}.
 */
public final class HttpSearchBenchmark {
  private HttpSearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceAll("/+$", "");
    List<String> queries = Files.readAllLines(Path.of(args[1])).stream()
        .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    int warm = (999 + queries.size()) / queries.size();
    for (int w = 0; w < warm; w++) {
      for (String q : queries) {
        get(client, base, q);
      }
    }
    double[] ms = new double[queries.size() * rounds];
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : queries) {
        long a = System.nanoTime();
        get(client, base, q);
        ms[n++] = (System.nanoTime() - a) / 1e6;
      }
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "%d queries x %d over HTTP: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms,"
        + " max %.2f ms%n", queries.size(), rounds, pct(ms, 0.5), pct(ms, 0.9), pct(ms, 0.99),
        ms[ms.length - 1]);
  }

  private static void get(HttpClient client, String base, String q) throws Exception {
    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base
        + "/api/search?limit=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + r.statusCode() + " for " + q);
    }
  }

  private static double pct(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
