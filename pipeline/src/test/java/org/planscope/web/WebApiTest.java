package org.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planscope.Pipeline;
import org.planscope.json.PlanJson;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;
import org.planscope.testing.HangGuard;

/** The JSON API over a real server on an ephemeral loopback port. */
class WebApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final long LIMIT = 200 * 1024;
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(HangGuard.LIMIT).build();

  @TempDir static Path data;
  @TempDir static Path sources;
  static WebServer server;
  static final List<Map<String, String>> searches = new CopyOnWriteArrayList<>();
  static final List<Plan> added = new CopyOnWriteArrayList<>();
  static Path first;
  static String firstId;

  record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() throws IOException {
      assertTrue(headers.firstValue("Content-Type").orElse("").startsWith("application/json"),
          "not JSON: " + headers);
      return JSON.readTree(body);
    }

    String error() throws IOException {
      JsonNode e = json().get("error");
      assertNotNull(e, body);
      return e.asText();
    }
  }

  @BeforeAll
  static void start() throws Exception {
    Pipeline pipeline = new Pipeline();
    Path plans = Files.createDirectories(data.resolve("plans"));
    for (Path f : Corpus.files().subList(0, 2)) {
      Path copy = Files.copy(f, sources.resolve(f.getFileName()));
      Plan plan = pipeline.run(copy);
      Files.writeString(plans.resolve(copy.getFileName() + ".json"), PlanJson.pretty(plan));
    }
    first = sources.resolve(Corpus.files().get(0).getFileName());
    firstId = first.getFileName().toString().replaceFirst("\\.txt$", "");
    Backends backends = new Backends(
        params -> {
          searches.add(params);
          return "{\"total\":0,\"facets\":{},\"groups\":[]}";
        },
        params -> {
          throw new IllegalStateException("secret detail /etc/shadow");
        },
        params -> "not json",
        added::add);
    server = WebServer.start(new WebConfig("127.0.0.1", 0, data, LIMIT, backends));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Reply get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static Reply send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r = CLIENT.send(b.timeout(HangGuard.LIMIT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.body(), r.headers());
  }

  static Reply upload(String fileName, byte[] bytes) throws Exception {
    String boundary = "----planscopeTestBoundary7MA4YWxkTrZu0gW";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n"
        + "hello\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri("/api/upload"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** One request written by hand, for what HttpClient will not send (a raw path, a Host). */
  static String raw(String requestHead) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout((int) HangGuard.LIMIT.toMillis());
      OutputStream out = s.getOutputStream();
      out.write((requestHead + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void plansListsEveryPlanWithItsCounts() throws Exception {
    Reply r = get("/api/plans");
    assertEquals(200, r.status);
    JsonNode plans = r.json().get("plans");
    assertTrue(plans.size() >= 2, r.body);
    JsonNode p = plans.get(0);
    assertEquals(firstId, p.get("id").asText());
    assertEquals("鹿寨县妇女发展规划（2021—2030年）", p.get("title").asText());
    assertEquals("鹿寨县", p.get("region").asText());
    assertEquals(8, p.at("/counts/domains").asInt());
    assertTrue(p.at("/counts/goals").asInt() > 50, p.toString());
  }

  @Test
  void aPlanByIdIsItsPlanJson() throws Exception {
    Reply r = get("/api/plans/" + firstId);
    assertEquals(200, r.status);
    JsonNode plan = r.json();
    assertEquals(firstId, plan.get("id").asText());
    assertEquals(8, plan.get("domains").size());
  }

  @Test
  void anUnknownPlanIs404Json() throws Exception {
    Reply r = get("/api/plans/no_such_plan");
    assertEquals(404, r.status);
    assertEquals("no plan with id no_such_plan", r.error());
  }

  @ParameterizedTest
  @ValueSource(strings = {"..%2F..%2Fetc%2Fpasswd", "%2E%2E", "..", ".hidden", "a%2Fb", "a%5Cb",
      "a%00b", "a..b", "%E4%B8", "-dash"})
  void aBadPlanIdIs400(String id) throws Exception {
    Reply r = get("/api/plans/" + id);
    assertEquals(400, r.status, r.body);
    assertFalse(r.error().isEmpty());
  }

  @Test
  void aTraversalInTheRawPathIs400AndNeverReachesAFile() throws Exception {
    String reply = raw("GET /api/plans/../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    assertTrue(reply.startsWith("HTTP/1.1 400"), reply);
    assertTrue(reply.contains("{\"error\":\"bad plan id\"}"), reply);
    assertFalse(reply.contains("root:"), reply);
    String malformed = raw("GET /api/plans/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    assertTrue(malformed.startsWith("HTTP/1.1 400"), malformed);
    String page = raw("GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    assertTrue(page.startsWith("HTTP/1.1 404"), page);
    assertFalse(page.contains("root:"), page);
  }

  @Test
  void theSourceIsTheTextTheSpansPointInto() throws Exception {
    JsonNode plan = get("/api/plans/" + firstId).json();
    Reply r = get("/api/plans/" + firstId + "/source");
    assertEquals(200, r.status);
    String text = r.json().get("text").asText();
    assertEquals(Files.readString(first), text);
    JsonNode goal = plan.at("/domains/0/goals/1");
    String covered = text.substring(goal.at("/span/0").asInt(), goal.at("/span/1").asInt());
    assertTrue(covered.startsWith(goal.get("title").asText()), covered + " vs " + goal);
  }

  @Test
  void aMissingSourceIs404AndAChangedOneIs409(@TempDir Path tmp) throws Exception {
    Path gone = Files.copy(Corpus.files().get(2), tmp.resolve("gone.txt"));
    Path changed = Files.copy(Corpus.files().get(3), tmp.resolve("changed.txt"));
    Pipeline pipeline = new Pipeline();
    Path plans = data.resolve("plans");
    Files.writeString(plans.resolve("gone.txt.json"), PlanJson.pretty(pipeline.run(gone)));
    Files.writeString(plans.resolve("changed.txt.json"), PlanJson.pretty(pipeline.run(changed)));
    Files.delete(gone);
    Files.writeString(changed, "改过了", java.nio.file.StandardOpenOption.APPEND);
    Reply r = get("/api/plans/gone/source");
    assertEquals(404, r.status, r.body);
    assertEquals("the source file is not available", r.error());
    Reply c = get("/api/plans/changed/source");
    assertEquals(409, c.status, c.body);
    assertEquals(200, get("/api/plans/gone").status, "the plan itself is still served");
    Files.delete(plans.resolve("gone.txt.json"));
    Files.delete(plans.resolve("changed.txt.json"));
    assertEquals(404, get("/api/plans/gone").status);
  }

  @Test
  void theSameFileTwiceIsOnePlanAndTheSecondUploadSaysSo() throws Exception {
    // bytes no other test uploads: a corpus plan with a line of its own at the end
    byte[] bytes = (Files.readString(Corpus.files().get(1), StandardCharsets.UTF_8) + "\n（副本）\n")
        .getBytes(StandardCharsets.UTF_8);
    Reply r = upload("同一文件.txt", bytes);
    assertEquals(201, r.status, r.body);
    String id = r.json().at("/plan/id").asText();
    int plans = JSON.readTree(get("/api/plans").body).get("plans").size();
    Reply again = upload("copy of it.txt", bytes);
    assertEquals(200, again.status, again.body);
    assertEquals(id, again.json().at("/plan/id").asText(), "the plan already here");
    assertTrue(again.json().get("notice").asText().contains("sha256 一致"), again.body);
    assertEquals(plans, JSON.readTree(get("/api/plans").body).get("plans").size(), "no second plan");
  }

  @Test
  void aPlanCanBeDeleted() throws Exception {
    byte[] bytes = (Files.readString(Corpus.files().get(2), StandardCharsets.UTF_8) + "\n（待删除）\n")
        .getBytes(StandardCharsets.UTF_8);
    Reply r = upload("待删除.txt", bytes);
    assertEquals(201, r.status, r.body);
    String id = r.json().at("/plan/id").asText();
    Reply d = send(HttpRequest.newBuilder(uri("/api/plans/" + id)).DELETE());
    assertEquals(200, d.status, d.body);
    assertEquals(id, d.json().get("deleted").asText());
    assertEquals(404, get("/api/plans/" + id).status);
    assertFalse(get("/api/plans").body.contains(id));
    assertTrue(Files.notExists(data.resolve("uploads").resolve(id + ".txt")), "the upload goes too");
    assertEquals(404, send(HttpRequest.newBuilder(uri("/api/plans/" + id)).DELETE()).status);
  }

  @Test
  void thePlanListDownloadsAsAnExcelWorkbook() throws Exception {
    HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(uri("/api/plans.xlsx")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        r.headers().firstValue("Content-Type").orElse(""));
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(r.body()))) {
      var sheet = wb.getSheetAt(0);
      assertEquals("标题", sheet.getRow(0).getCell(0).getStringCellValue());
      assertTrue(sheet.getLastRowNum() >= 2, "a header and a row per plan");
      assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(1).getCell(6).getCellType(),
          "the goal count is a number");
    }
    // a backend that cannot write Excel says so
    assertEquals(501, get("/api/audit.xlsx").status);
  }

  @Test
  void anUploadIsStoredUnderAGeneratedNameExtractedListedAndAnnounced() throws Exception {
    int before = added.size();
    byte[] bytes = Files.readAllBytes(Corpus.files().get(3));
    Reply r = upload("..\\..\\岢岚县 规划<script>.txt", bytes);
    assertEquals(201, r.status, r.body);
    JsonNode plan = r.json().get("plan");
    String id = plan.get("id").asText();
    assertTrue(id.matches("岢岚县_规划_script-[0-9a-f]{8}"), id);
    assertEquals("岢岚县", plan.get("region").asText());
    assertTrue(plan.at("/counts/goals").asInt() > 50);
    assertTrue(Files.isRegularFile(data.resolve("uploads").resolve(id + ".txt")));
    assertTrue(Files.isRegularFile(data.resolve("plans").resolve(id + ".txt.json")));
    assertEquals(before + 1, added.size());
    assertTrue(get("/api/plans").body.contains("\"id\":\"" + id + "\""));
    Reply source = get("/api/plans/" + id + "/source");
    assertEquals(200, source.status, source.body);
    try (Stream<Path> s = Files.list(data)) {
      assertEquals(List.of("plans", "uploads"),
          s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing outside its folder");
    }
  }

  @Test
  void aRawBodyUploadTakesItsNameFromTheQuery() throws Exception {
    Reply r = send(HttpRequest.newBuilder(uri("/api/upload?filename=%2Ftmp%2Fplan.TXT"))
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofFile(Corpus.files().get(4))));
    assertEquals(201, r.status, r.body);
    assertTrue(r.json().at("/plan/id").asText().matches("plan-[0-9a-f]{8}"), r.body);
    Reply nameless = send(HttpRequest.newBuilder(uri("/api/upload"))
        .POST(HttpRequest.BodyPublishers.ofString("一、总体目标")));
    assertEquals(400, nameless.status);
  }

  @Test
  void anUploadOverTheLimitIs413() throws Exception {
    byte[] big = new byte[(int) LIMIT + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    Reply r = upload("big.txt", big);
    assertEquals(413, r.status, r.body);
    assertEquals("the file is larger than the limit of 200 KB", r.error());
    Reply raw = send(HttpRequest.newBuilder(uri("/api/upload?filename=big.txt"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) LIMIT * 3])));
    assertEquals(413, raw.status, raw.body);
    assertTrue(Files.notExists(data.resolve("uploads").resolve("big.txt")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan.exe", "plan", "plan.txt.sh", "plan.json", "..."})
  void anUnsupportedTypeIs415(String name) throws Exception {
    Reply r = upload(name, "一、总体目标".getBytes(StandardCharsets.UTF_8));
    assertEquals(415, r.status, r.body);
    assertTrue(r.error().startsWith("unsupported file type"), r.body);
  }

  @Test
  void anEmptyOrUnreadableFileIsRefusedAndNotKept() throws Exception {
    assertEquals(400, upload("empty.txt", new byte[0]).status);
    Reply pdf = upload("broken.pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, pdf.status, pdf.body);
    assertTrue(pdf.error().startsWith("cannot read broken.pdf"), pdf.body);
    try (Stream<Path> s = Files.list(data.resolve("uploads"))) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("broken")));
    }
    Reply noFile = send(HttpRequest.newBuilder(uri("/api/upload"))
        .header("Content-Type", "multipart/form-data; boundary=xyz")
        .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"a\""
            + "\r\n\r\n1\r\n--xyz--\r\n")));
    assertEquals(400, noFile.status, noFile.body);
    Reply garbage = send(HttpRequest.newBuilder(uri("/api/upload"))
        .header("Content-Type", "multipart/form-data; boundary=xyz")
        .POST(HttpRequest.BodyPublishers.ofString("no boundary here")));
    assertEquals(400, garbage.status, garbage.body);
  }

  @Test
  void onlyTheRightMethodsAreAccepted() throws Exception {
    Reply del = send(HttpRequest.newBuilder(uri("/api/plans")).DELETE());
    assertEquals(405, del.status);
    assertEquals("GET", del.headers.firstValue("Allow").orElse(""));
    assertEquals(405, get("/api/upload").status);
    assertEquals("POST", get("/api/upload").headers.firstValue("Allow").orElse(""));
    assertEquals(405, send(HttpRequest.newBuilder(uri("/api/plans/" + firstId))
        .POST(HttpRequest.BodyPublishers.noBody())).status);
    assertEquals(405, send(HttpRequest.newBuilder(uri("/api/search"))
        .PUT(HttpRequest.BodyPublishers.noBody())).status);
    assertEquals(405, send(HttpRequest.newBuilder(uri("/"))
        .POST(HttpRequest.BodyPublishers.noBody())).status);
  }

  @Test
  void unknownEndpointsAre404Json() throws Exception {
    for (String path : List.of("/api", "/api/", "/api/nothing", "/api/plans/" + firstId + "/x",
        "/nothing.html", "/web/index.html", "/app.js/")) {
      Reply r = get(path);
      assertEquals(404, r.status, path);
      assertFalse(r.error().isEmpty());
    }
  }

  @Test
  void searchGetsTheQueryParametersAndItsJsonIsPassedThrough() throws Exception {
    Reply r = get("/api/search?q=%E5%AD%95%E4%BA%A7%E5%A6%87+%E6%AD%BB%E4%BA%A1%E7%8E%87&region=%E9%B9%BF%E5%AF%A8%E5%8E%BF&limit=5");
    assertEquals(200, r.status, r.body);
    assertEquals(0, r.json().get("total").asInt());
    assertEquals(Map.of("q", "孕产妇 死亡率", "region", "鹿寨县", "limit", "5"), searches.get(searches.size() - 1));
    assertEquals(400, get("/api/search?q=%E4").status);
  }

  @Test
  void aFailingBackendIs500WithoutDetails() throws Exception {
    Reply r = get("/api/compare?indicator=x");
    assertEquals(500, r.status);
    assertEquals("{\"error\":\"internal error\"}", r.body);
    Reply notJson = get("/api/audit");
    assertEquals(500, notJson.status);
    assertEquals("{\"error\":\"internal error\"}", notJson.body);
  }

  @Test
  void unavailableBackendsAre501WithAMessage(@TempDir Path empty) throws Exception {
    try (WebServer s = WebServer.start(WebConfig.local(0, empty, Backends.unavailable()))) {
      for (String[] c : new String[][] {{"/api/search?q=a", "search index not available yet"},
          {"/api/compare?indicator=a", "search index not available yet"},
          {"/api/audit", "audit not available yet"}}) {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + s.port() + c[0])).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(501, r.statusCode(), c[0]);
        assertEquals(c[1], JSON.readTree(r.body()).get("error").asText());
      }
    }
  }

  @Test
  void theRealBackendsOnAnEmptyDataFolderSayWhatToDo(@TempDir Path empty) throws Exception {
    try (WebServer s = WebServer.start(WebConfig.local(0, empty, BackendWiring.forData(empty)))) {
      for (String path : new String[] {"/api/search?q=a", "/api/compare?indicator=a"}) {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + s.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), path);
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains("planscope ingest"), r.body());
      }
      HttpResponse<String> audit = CLIENT.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + s.port() + "/api/audit")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, audit.statusCode());
      assertEquals(0, JSON.readTree(audit.body()).get("findings").size());
      HttpResponse<String> missing = CLIENT.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + s.port() + "/api/search")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, missing.statusCode(), "a search without q is a bad request");
      HttpResponse<String> plans = CLIENT.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + s.port() + "/api/plans")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals("{\"plans\":[]}", plans.body(), "no data folder yet is an empty list");
    }
  }

  @Test
  void infoTellsThePageTheLimitsAndTheBackends() throws Exception {
    JsonNode info = get("/api/info").json();
    assertEquals(LIMIT, info.get("maxUploadBytes").asLong());
    assertTrue(info.get("supported").toString().contains("\"docx\""));
    assertTrue(info.at("/backends/search").asBoolean());
  }

  @Test
  void anotherSiteIsRefused() throws Exception {
    String rebound = raw("GET /api/plans HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\n");
    assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
    Reply crossOrigin = send(HttpRequest.newBuilder(uri("/api/upload?filename=a.txt"))
        .header("Origin", "http://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString("一、总体目标")));
    assertEquals(403, crossOrigin.status);
    Reply sameOrigin = send(HttpRequest.newBuilder(uri("/api/upload?filename=a.exe"))
        .header("Origin", "http://127.0.0.1:" + server.port())
        .POST(HttpRequest.BodyPublishers.ofString("x")));
    assertEquals(415, sameOrigin.status, "same origin passes the check");
  }

  @Test
  void thePageIsServedWithAStrictContentSecurityPolicy() throws Exception {
    Reply page = get("/");
    assertEquals(200, page.status);
    assertTrue(page.body.contains("<script src=\"/app.js\" defer></script>"));
    String csp = page.headers.firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    assertEquals("nosniff", page.headers.firstValue("X-Content-Type-Options").orElse(""));
    Reply js = get("/app.js");
    assertEquals(200, js.status);
    assertTrue(js.headers.firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertFalse(js.body.contains("innerHTML"), "the page never inserts HTML strings");
    assertFalse(js.body.contains("insertAdjacentHTML"));
    assertFalse(js.body.contains("document.write"));
  }
}
