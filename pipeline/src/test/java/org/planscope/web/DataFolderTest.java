package org.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.index.IndexUpdater;
import org.planscope.testing.Cli;
import org.planscope.testing.Corpus;

/**
 * The data folder as the server and the command line share it: one identity per plan, a running
 * server that sees each new ingest, uploads made while an ingest runs, deleted sources.
 */
class DataFolderTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final Duration SAFETY = Duration.ofSeconds(120);

  @TempDir Path tmp;

  /** Corpus plans by region: 鹿寨县 (000), 清远市 (002), 岢岚县 (003). */
  static Path corpus(String prefix) {
    return Corpus.files().stream().filter(f -> f.getFileName().toString().startsWith(prefix))
        .findFirst().orElseThrow();
  }

  static void ingest(Path in, Path data) {
    Cli.Result r = Cli.run("ingest", in.toString(), "--data", data.toString(), "--threads", "2");
    assertEquals(0, r.code(), r.err());
  }

  static JsonNode get(WebServer s, String path) throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + s.port() + path)).timeout(SAFETY).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  /** Plan ids of the hits for 妇女 in one region. */
  static TreeSet<String> hits(WebServer s, String region) throws Exception {
    JsonNode r = get(s, "/api/search?q=" + URLEncoder.encode("妇女", StandardCharsets.UTF_8)
        + "&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8) + "&limit=200");
    TreeSet<String> ids = new TreeSet<>();
    r.get("hits").forEach(h -> ids.add(h.get("plan").asText()));
    return ids;
  }

  /** id → source file name, over /api/plans. */
  static Map<String, String> listed(WebServer s) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (JsonNode p : get(s, "/api/plans").get("plans")) {
      out.put(p.get("id").asText(), p.get("doc").asText());
    }
    return out;
  }

  static List<String> planFiles(Path data) throws Exception {
    try (Stream<Path> s = Files.list(data.resolve("plans"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted()
          .toList();
    }
  }

  @Test
  void twoFilesOfTheSameNameAreTwoPlansEverywhere() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("a"));
    Files.createDirectories(in.resolve("b"));
    Files.copy(corpus("003"), in.resolve("a/same.txt")); // 岢岚县
    Files.copy(corpus("002"), in.resolve("b/same.txt")); // 清远市
    Files.copy(corpus("000"), in.resolve("plan.txt")); // 鹿寨县
    Files.copy(corpus("000"), in.resolve("plan.md"));
    Path data = tmp.resolve("data");
    ingest(in, data);
    List<String> files = planFiles(data);
    assertEquals(4, files.size(), files.toString());
    try (WebServer s = WebServer.start(WebConfig.local(0, data, BackendWiring.forData(data)))) {
      Map<String, String> plans = listed(s);
      assertEquals(4, plans.size(), plans.toString());
      for (String id : plans.keySet()) {
        assertTrue(id.matches("(same|plan)-[0-9a-f]{8}"), id);
        assertTrue(files.contains(id + ".txt.json") || files.contains(id + ".md.json"), id);
      }
      // the hit for 清远市 opens the 清远市 plan, not 岢岚县's
      TreeSet<String> qingyuan = hits(s, "清远市");
      assertEquals(1, qingyuan.size(), qingyuan.toString());
      JsonNode plan = get(s, "/api/plans/" + qingyuan.first());
      assertEquals("清远市", plan.at("/region/name").asText(), plan.toString().substring(0, 200));
      assertTrue(plan.get("source").asText().endsWith("b/same.txt".replace('/',
          java.io.File.separatorChar)));
      // plan.txt and plan.md: two ids, the same in search and in the web
      TreeSet<String> luzhai = hits(s, "鹿寨县");
      assertEquals(2, luzhai.size(), luzhai.toString());
      assertTrue(plans.keySet().containsAll(luzhai), luzhai + " ⊄ " + plans.keySet());
    }
    // a second run gives every plan the same identity again
    ingest(in, data);
    assertEquals(files, planFiles(data));
  }

  @Test
  void aRunningServerSeesANewIngestAndDeletedSourcesLeave() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(corpus("000"), in.resolve(corpus("000").getFileName()));
    Path data = tmp.resolve("data");
    ingest(in, data);
    try (WebServer s = WebServer.start(WebConfig.local(0, data, BackendWiring.forData(data)))) {
      assertEquals(1, hits(s, "鹿寨县").size());
      assertEquals(0, hits(s, "清远市").size());
      Files.copy(corpus("002"), in.resolve(corpus("002").getFileName()));
      ingest(in, data);
      assertEquals(1, hits(s, "清远市").size(), "the new commit is searched without a restart");
      assertEquals(2, listed(s).size());

      Files.delete(in.resolve(corpus("000").getFileName()));
      ingest(in, data);
      assertEquals(List.of(corpus("002").getFileName() + ".json"), planFiles(data),
          "the deleted source's plan is not carried into the new generation");
      assertEquals(0, hits(s, "鹿寨县").size());
      assertEquals(1, listed(s).size());
      JsonNode audit = get(s, "/api/audit");
      for (JsonNode f : audit.get("findings")) {
        assertNotEquals(corpus("000").getFileName().toString().replace(".txt", ""),
            f.get("plan").asText(), "the audit forgets it too");
      }
    }
  }

  @Test
  void anUploadMadeWhileAnIngestHoldsTheIndexIsIndexedByTheNextIngest() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(corpus("000"), in.resolve(corpus("000").getFileName()));
    Path data = tmp.resolve("data");
    ingest(in, data);
    List<String> uploadedIds = new ArrayList<>();
    try (WebServer s = WebServer.start(WebConfig.local(0, data, BackendWiring.forData(data)))) {
      try (IndexUpdater running = IndexUpdater.open(data.resolve("index"))) { // an ingest
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + s.port() + "/api/upload?filename=qingyuan.txt"))
            .timeout(SAFETY)
            .POST(HttpRequest.BodyPublishers.ofFile(corpus("002"))).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        JsonNode answer = JSON.readTree(r.body());
        assertTrue(answer.get("notice").asText().contains("searchable when the running ingest ends"),
            r.body());
        uploadedIds.add(answer.at("/plan/id").asText());
      }
    }
    ingest(in, data);
    try (WebServer s = WebServer.start(WebConfig.local(0, data, BackendWiring.forData(data)))) {
      assertEquals(new TreeSet<>(uploadedIds), hits(s, "清远市"));
      assertEquals(2, listed(s).size(), "the upload is carried into the new generation");
    }
  }
}
