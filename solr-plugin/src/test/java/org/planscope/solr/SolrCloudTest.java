package org.planscope.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.cli.Main;
import java.util.stream.Stream;
import org.planscope.index.CompareRow;
import org.planscope.index.IndexUpdater;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Plan;
import org.planscope.index.PlanSearcher;
import org.planscope.index.QueryParseException;
import org.planscope.index.SearchBackend;
import org.planscope.index.SearchRequest;
import org.planscope.index.SearchResult;
import org.planscope.index.SolrSearcher;

/**
 * A real SolrCloud (ZooKeeper and two nodes, in this JVM) with planscope's configset: the corpus
 * is ingested through {@code ingest --solr} into a collection of 2 shards × 2 replicas, and every
 * answer is compared with the embedded index's over the same plans. Then one node stops: the
 * answers stay complete; it restarts (waited for with a bounded poll); with shard1 down to one
 * replica on that node, stopping it again gives answers flagged partial.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudTest {
  static final String COLLECTION = "planscope";
  /** How long a restarted node may take to serve again before the test gives up. */
  static final long RESTART_DEADLINE_MILLIS = 120_000;

  @TempDir static Path tmp;
  static MiniSolrCloudCluster cluster;
  static PlanSearcher embedded;
  static Path root;

  @BeforeAll
  static void start() throws Exception {
    long t0 = System.nanoTime();
    root = Path.of(System.getProperty("planscope.root"));
    Path conf = Path.of(System.getProperty("planscope.configset")).resolve("conf");
    cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("solr"))
        .addConfig("planscope", conf)
        .configure();
    CollectionAdminRequest.createCollection(COLLECTION, "planscope", 2, 2)
        .setRouterField("plan")
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    System.err.printf("cluster up: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

    // the real path: extraction, then `ingest --solr`
    Path data = tmp.resolve("data-solr");
    Run r = cli("ingest", root.resolve("corpus").toString(), "--data", data.toString(), "--solr",
        url(0));
    assertEquals(0, r.code, r.err);
    System.err.printf("solr ingest: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    // the embedded index of the very same plans (read back from the ingest's plan folder)
    Path index = tmp.resolve("embedded").resolve("index");
    try (IndexUpdater u = IndexUpdater.open(index);
        Stream<Path> plans = Files.list(data.resolve("plans"))) {
      for (Path f : plans.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Plan plan = PlanJsonReader.read(f);
        u.put(Path.of(plan.source().path()), plan);
      }
      u.commit();
    }
    embedded = PlanSearcher.open(index);
    System.err.printf("embedded index: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  @AfterAll
  static void stop() throws Exception {
    long t0 = System.nanoTime();
    if (embedded != null) {
      embedded.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
    System.err.printf("cluster down: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  static String url(int node) {
    return url(cluster.getJettySolrRunner(node));
  }

  static String url(JettySolrRunner node) {
    return node.getBaseUrl() + "/" + COLLECTION;
  }

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), null); // Chinese messages
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  record Case(String query, Map<String, String> filters) {
    SearchRequest request(int limit) {
      return new SearchRequest(query, filters.get("region"), filters.get("province"),
          filters.get("level"), filters.get("domain"), filters.get("kind"), filters.get("unit"),
          null, limit);
    }
  }

  /** The judged relevance queries of the pipeline ({@code search/queries.tsv}). */
  static List<Case> judged() throws IOException {
    List<Case> out = new ArrayList<>();
    boolean header = true;
    for (String line : Files.readAllLines(
        root.resolve("pipeline/src/test/resources/search/queries.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      Map<String, String> filters = new LinkedHashMap<>();
      for (String kv : c[1].split(";")) {
        if (!kv.isBlank()) {
          String[] p = kv.split("=", 2);
          filters.put(p[0].strip(), p[1].strip());
        }
      }
      out.add(new Case(c[0], filters));
    }
    return out;
  }

  /**
   * The same answer: totals and facets equal; rank by rank the same score (to float rounding)
   * and the same plan among the hits of that score — hits of equal score may come in another
   * order from two shards — and for the same item, the same snippet and highlights.
   */
  static void assertSameAnswer(SearchBackend embedded, SearchRequest r, SearchResult got,
      String what) throws Exception {
    // a wider embedded answer, for the hits that tie with the last one shown
    SearchResult want = embedded.search(r.withLimit(r.limit() + 50));
    assertFalse(got.partial(), what + ": partial");
    assertEquals(want.total(), got.total(), what + ": total");
    assertEquals(want.facets(), got.facets(), what + ": facets");
    assertEquals(Math.min(r.limit(), want.hits().size()), got.hits().size(), what + ": hits");
    for (int i = 0; i < got.hits().size(); i++) {
      SearchResult.Hit w = want.hits().get(i);
      SearchResult.Hit g = got.hits().get(i);
      assertEquals(w.score(), g.score(), 1e-4f * Math.max(1f, w.score()), what + ": score at "
          + (i + 1));
      Set<String> tiedPlans = new TreeSet<>();
      for (SearchResult.Hit h : want.hits()) {
        if (Math.abs(h.score() - w.score()) <= 1e-4f * Math.max(1f, w.score())) {
          tiedPlans.add(h.plan());
        }
      }
      assertTrue(tiedPlans.contains(g.plan()), what + ": plan at " + (i + 1) + " " + g.plan()
          + " not among " + tiedPlans);
    }
    Map<String, SearchResult.Hit> byId = want.hits().stream()
        .collect(Collectors.toMap(SearchResult.Hit::id, h -> h));
    for (SearchResult.Hit g : got.hits()) {
      SearchResult.Hit w = byId.get(g.id());
      if (w != null) {
        assertEquals(w.snippet(), g.snippet(), what + ": snippet of " + g.id());
        assertEquals(ranges(w), ranges(g), what + ": highlights of " + g.id());
        assertEquals(w.text(), g.text(), what + ": text of " + g.id());
        assertEquals(w.target(), g.target(), what + ": target of " + g.id());
        assertEquals(w.lead(), g.lead(), what + ": lead of " + g.id());
        assertEquals(w.departments(), g.departments(), what + ": departments of " + g.id());
      }
    }
  }

  static List<List<Integer>> ranges(SearchResult.Hit h) {
    return h.highlights().stream().map(r -> List.of(r[0], r[1])).toList();
  }

  @Test
  @Order(1)
  void judgedQueriesAnswerAsTheEmbeddedIndex() throws Exception {
    List<Case> cases = judged();
    assertTrue(cases.size() >= 40, cases.size() + " judged queries");
    try (SolrSearcher solr = SolrSearcher.open(url(0))) {
      for (Case c : cases) {
        assertSameAnswer(embedded, c.request(10), solr.search(c.request(10)),
            c.query() + " " + c.filters());
      }
    }
  }

  @Test
  @Order(2)
  void whereFiltersAndCompareAnswerAsTheEmbeddedIndex() throws Exception {
    try (SolrSearcher solr = SolrSearcher.open(url(1))) {
      int found = 0;
      for (String where : List.of("孕产妇死亡率<=12", "婴儿死亡率<6", "孕产妇死亡率>=10",
          "5岁以下儿童死亡率<=8", "宫颈癌筛查率>=70", "孕产妇死亡率=12")) {
        SearchRequest r = new SearchRequest(null, null, null, null, null, null, null, where, 20);
        found += embedded.search(r).total() > 0 ? 1 : 0;
        assertSameAnswer(embedded, r, solr.search(r), where);
      }
      assertTrue(found >= 3, "only " + found + " --where filters match anything");
      for (String unit : List.of("卫健局", "妇联")) {
        SearchRequest r = new SearchRequest("", null, null, null, null, null, unit, null, 20);
        assertTrue(embedded.search(r).total() > 0, unit);
        assertSameAnswer(embedded, r, solr.search(r), "--unit " + unit);
      }
      for (String indicator : List.of("孕产妇死亡率", "婴儿死亡率", "5岁以下儿童死亡率",
          "宫颈癌筛查率", "maternal_mortality")) {
        List<CompareRow> want = embedded.compare(indicator);
        assertEquals(want, solr.compare(indicator), "compare " + indicator);
      }
      assertFalse(embedded.compare("孕产妇死亡率").isEmpty());
      // a malformed request is the same one-line error
      assertEquals(
          assertThrows(QueryParseException.class, () -> embedded.search(
              SearchRequest.of("\"宫颈癌"))).getMessage(),
          assertThrows(QueryParseException.class, () -> solr.search(
              SearchRequest.of("\"宫颈癌"))).getMessage());
    }
  }

  @Test
  @Order(3)
  void theCommandLineAnswersAsTheEmbeddedIndex() {
    Run want = cli("search", "宫颈癌筛查", "--data", tmp.resolve("embedded").toString());
    Run got = cli("search", "宫颈癌筛查", "--solr", url(0));
    assertEquals(0, got.code, got.err);
    assertEquals(withoutTime(want.out), withoutTime(got.out));
    Run wantCompare = cli("compare", "孕产妇死亡率", "--csv", "--data",
        tmp.resolve("embedded").toString());
    Run gotCompare = cli("compare", "孕产妇死亡率", "--csv", "--solr", url(1));
    assertEquals(wantCompare.out, gotCompare.out);
  }

  static String withoutTime(String s) {
    // the time in either language: (4.7 ms) or （4.7 毫秒）
    return s.replaceAll("[(（]\\d+(\\.\\d+)? (ms|毫秒)[)）]", "(… ms)");
  }

  @Test
  @Order(4)
  void reingestingReplacesAFilesDocumentsAndKeepsTheCount() {
    Run again = cli("ingest", root.resolve("corpus").toString(), "--data",
        tmp.resolve("data-solr").toString(), "--solr", url(1));
    assertEquals(0, again.code, again.err);
    assertTrue(again.err.contains("：新增 0，替换 0，"), again.err);
  }

  @Test
  @Order(5)
  void aLostNodeGivesCompleteAnswersWithTwoReplicasAndPartialOnesWithOne() throws Exception {
    SearchRequest q = SearchRequest.of("妇女");
    assertTrue(embedded.search(q).total() > 100);
    JettySolrRunner first = cluster.getJettySolrRunner(0);
    JettySolrRunner second = cluster.getJettySolrRunner(1);

    // two replicas a shard: with a node down, answers stay complete
    cluster.stopJettySolrRunner(first);
    cluster.waitForJettyToStop(first);
    try (SolrSearcher solr = SolrSearcher.open(url(second))) {
      assertSameAnswer(embedded, q, solr.search(q), "two replicas, one node down");
    }
    cluster.startJettySolrRunner(first);
    awaitComplete(url(second), q);

    // one replica for shard1, on the first node only; with it down, answers are flagged partial
    DocCollection c = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
    Replica onSecond = c.getSlice("shard1").getReplicas().stream()
        .filter(x -> x.getNodeName().equals(second.getNodeName())).findFirst().orElseThrow();
    CollectionAdminRequest.deleteReplica(COLLECTION, "shard1", onSecond.getName())
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 3);
    cluster.stopJettySolrRunner(first);
    cluster.waitForJettyToStop(first);
    try (SolrSearcher solr = SolrSearcher.open(url(second))) {
      SearchResult partial = solr.search(q);
      assertTrue(partial.partial(), "one replica, its node down: not flagged partial");
      long full = embedded.search(q).total();
      assertTrue(partial.total() < full, partial.total() + " of " + full);
      Run cli = cli("search", "妇女", "--solr", url(second));
      assertTrue(cli.out.startsWith("注意：部分分片未响应"), cli.out);
      assertTrue(cli("search", "妇女", "--json", "--solr", url(second)).out
          .contains("\"partial\" : true"));
      // compare has no room for a flag: it fails rather than answer short
      assertThrows(IOException.class, () -> solr.compare("孕产妇死亡率"));
    }
    cluster.startJettySolrRunner(first);
    awaitComplete(url(second), q);
  }

  /** Bounded poll until a restarted node's replicas serve again and the answer is complete. */
  static void awaitComplete(String url, SearchRequest q) throws Exception {
    long deadline = System.nanoTime() + RESTART_DEADLINE_MILLIS * 1_000_000;
    SearchResult r = null;
    try (SolrSearcher solr = SolrSearcher.open(url)) {
      while (System.nanoTime() < deadline) {
        try {
          r = solr.search(q);
          if (!r.partial()) {
            break;
          }
        } catch (IOException e) {
          r = null; // the node is still joining
        }
        Thread.sleep(250);
      }
      assertTrue(r != null && !r.partial(), "the restarted node did not serve within "
          + RESTART_DEADLINE_MILLIS + " ms");
      assertSameAnswer(embedded, q, r, "after the restart");
    }
  }

  @Test
  @Order(6)
  void aSearchBackendIsChosenByTheSolrUrl() throws Exception {
    try (SearchBackend b = SearchBackend.open(tmp.resolve("nowhere"), url(0))) {
      assertTrue(b instanceof SolrSearcher);
    }
    IOException bad = assertThrows(IOException.class,
        () -> SearchBackend.open(tmp.resolve("nowhere"), "localhost:8983"));
    assertTrue(bad.getMessage().contains("localhost:8983"), bad.getMessage());
  }
}
