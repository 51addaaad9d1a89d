package org.planscope.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.planscope.Pipeline;
import org.planscope.bench.CorpusGenerator;
import org.planscope.index.Indexer;
import org.planscope.index.IndexUpdater;
import org.planscope.index.PlanSearcher;
import org.planscope.index.SearchBackend;
import org.planscope.index.SearchDocument;
import org.planscope.index.SearchRequest;
import org.planscope.index.SolrIndexer;
import org.planscope.index.SolrSearcher;
import org.planscope.model.Plan;

/**
 * Not a test: indexing documents/s and query latency (p50, p99) through a 2-node SolrCloud (2
 * shards × 2 replicas, in this JVM, so Solr and the client share the cores) next to the embedded
 * index, on the same plans (generated variants of the corpus) and the 40 judged queries.
 *
 * <pre>
 * ./mvnw -q -o -B -pl pipeline,solr-plugin test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -Dplanscope.root=. -Dplanscope.configset=solr-plugin/configset \
 *     -cp solr-plugin/target/classes:solr-plugin/target/test-classes:pipeline/target/classes:$(cat solr-plugin/target/cp.txt) \
 *     org.planscope.solr.SolrBenchmark [PLANS] [ROUNDS]
 * </pre>
 */
public final class SolrBenchmark {
  public static void main(String[] args) throws Exception {
    int plans = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path root = Path.of(System.getProperty("planscope.root", "."));
    Path tmp = Files.createTempDirectory("planscope-solr-bench");
    Pipeline pipeline = new Pipeline();
    List<Path> base;
    try (Stream<Path> s = Files.list(root.resolve("corpus"))) {
      base = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Path> files = new CorpusGenerator(base, pipeline).generate(plans, tmp.resolve("gen"), 7);
    List<Plan> extracted = new ArrayList<>();
    for (Path f : files) {
      extracted.add(pipeline.run(f));
    }
    long docs = extracted.stream().mapToLong(p -> SearchDocument.of(p).size()).sum();
    System.out.printf(Locale.ROOT, "%d plans, %d documents%n", plans, docs);
    List<String> queries = new ArrayList<>();
    for (String line : Files.readAllLines(
        root.resolve("pipeline/src/test/resources/search/queries.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("query\t")) {
        queries.add(line.split("\t")[0]);
      }
    }

    Path index = tmp.resolve("index");
    double embeddedRate;
    try (IndexUpdater u = IndexUpdater.open(index)) {
      embeddedRate = index(u, files, extracted, docs);
    }
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("solr"))
        .addConfig("planscope",
            Path.of(System.getProperty("planscope.configset")).resolve("conf"))
        .configure();
    try {
      CollectionAdminRequest.createCollection("planscope", "planscope", 2, 2)
          .setRouterField("plan").process(cluster.getSolrClient());
      cluster.waitForActiveCollection("planscope", 2, 4);
      String url = cluster.getJettySolrRunner(0).getBaseUrl() + "/planscope";
      double solrRate;
      try (SolrIndexer s = SolrIndexer.open(url)) {
        solrRate = index(s, files, extracted, docs);
      }
      try (PlanSearcher e = PlanSearcher.open(index); SolrSearcher s = SolrSearcher.open(url)) {
        double[] em = latencies(e, queries, rounds);
        double[] so = latencies(s, queries, rounds);
        System.out.printf(Locale.ROOT, "| backend | indexing docs/s | query p50 | query p99 |%n");
        System.out.printf(Locale.ROOT, "| embedded Lucene | %,.0f | %.1f ms | %.1f ms |%n",
            embeddedRate, pct(em, 0.50), pct(em, 0.99));
        System.out.printf(Locale.ROOT, "| SolrCloud 2×2 | %,.0f | %.1f ms | %.1f ms |%n",
            solrRate, pct(so, 0.50), pct(so, 0.99));
      }
    } finally {
      cluster.shutdown();
    }
  }

  /** Documents per second to add every plan and commit once. */
  static double index(Indexer indexer, List<Path> files, List<Plan> plans, long docs)
      throws Exception {
    long t0 = System.nanoTime();
    for (int i = 0; i < files.size(); i++) {
      indexer.put(files.get(i), plans.get(i));
    }
    indexer.commit();
    return docs / ((System.nanoTime() - t0) / 1e9);
  }

  /** Wall-clock milliseconds per search (top 10, facets, highlights), after one warm-up round. */
  static double[] latencies(SearchBackend b, List<String> queries, int rounds) throws Exception {
    for (String q : queries) {
      b.search(SearchRequest.of(q));
    }
    double[] ms = new double[queries.size() * rounds];
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : queries) {
        long t0 = System.nanoTime();
        b.search(SearchRequest.of(q));
        ms[n++] = (System.nanoTime() - t0) / 1e6;
      }
    }
    Arrays.sort(ms);
    return ms;
  }

  static double pct(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
