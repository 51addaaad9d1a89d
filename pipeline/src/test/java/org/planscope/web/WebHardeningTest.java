package org.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.Pipeline;
import org.planscope.json.PlanJson;
import org.planscope.testing.Corpus;

/** The server under clients that hold connections, flood it, or call from another site. */
class WebHardeningTest {
  static final ObjectMapper JSON = new ObjectMapper();
  /** A safety net only: every request here is expected to finish at once. */
  static final Duration SAFETY = Duration.ofSeconds(120);
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  static HttpResponse<String> get(WebServer s, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
        .timeout(SAFETY);
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void fiftySlowConnectionsDoNotStopOtherRequests(@TempDir Path data) throws Exception {
    List<Socket> slow = new ArrayList<>();
    try (WebServer s = WebServer.start(WebConfig.local(0, data, Backends.unavailable()))) {
      try {
        for (int i = 0; i < 50; i++) {
          Socket socket = new Socket("127.0.0.1", s.port());
          OutputStream out = socket.getOutputStream();
          // a request line, and then nothing: the headers never end
          out.write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          slow.add(socket);
        }
        // before: four worker threads, each stuck on a slow client; this request never ran
        HttpResponse<String> info = get(s, "/api/info");
        assertEquals(200, info.statusCode());
        assertTrue(info.body().contains("maxUploadBytes"), info.body());
        assertEquals(200, get(s, "/api/plans").statusCode());
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  @Test
  void oneClientGetsOnlyItsShareOfRequestsAtOnce(@TempDir Path data) throws Exception {
    CountDownLatch entered = new CountDownLatch(WebServer.MAX_PER_CLIENT);
    CountDownLatch release = new CountDownLatch(1);
    Backends blocking = new Backends(p -> {
      entered.countDown();
      release.await();
      return "{\"total\":0}";
    }, p -> "{}", p -> "{}", null);
    try (WebServer s = WebServer.start(WebConfig.local(0, data, blocking))) {
      List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
      for (int i = 0; i < WebServer.MAX_PER_CLIENT; i++) {
        held.add(CLIENT.sendAsync(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + s.port() + "/api/search?q=" + i)).timeout(SAFETY).build(),
            HttpResponse.BodyHandlers.ofString()));
      }
      assertTrue(entered.await(SAFETY.toSeconds(), TimeUnit.SECONDS), "the searches started");
      HttpResponse<String> over = get(s, "/api/info");
      assertEquals(429, over.statusCode());
      assertTrue(JSON.readTree(over.body()).get("error").asText().contains("too many requests"));
      release.countDown();
      for (CompletableFuture<HttpResponse<String>> f : held) {
        assertEquals(200, f.get(SAFETY.toSeconds(), TimeUnit.SECONDS).statusCode());
      }
      assertEquals(200, get(s, "/api/info").statusCode(), "the share is given back");
    }
  }

  @Test
  void eightAuditsAtOnceReadThePlansOnceAndInfoIsStillAnswered(@TempDir Path data)
      throws Exception {
    Path plans = Files.createDirectories(data.resolve("plans"));
    Pipeline pipeline = new Pipeline();
    for (Path f : Corpus.files().subList(0, 3)) {
      Files.writeString(plans.resolve(f.getFileName() + ".json"), PlanJson.pretty(pipeline.run(f)));
    }
    AuditBackend audit = new AuditBackend(plans);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AuditService gated = p -> {
      inside.countDown();
      release.await(); // the first audit is held while the others queue behind it
      return audit.audit(p);
    };
    Backends backends = new Backends(p -> "{}", p -> "{}", gated, null);
    try (WebServer s = WebServer.start(WebConfig.local(0, data, backends))) {
      List<CompletableFuture<HttpResponse<String>>> audits = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        audits.add(CLIENT.sendAsync(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + s.port() + "/api/audit")).timeout(SAFETY).build(),
            HttpResponse.BodyHandlers.ofString()));
      }
      assertTrue(inside.await(SAFETY.toSeconds(), TimeUnit.SECONDS));
      assertEquals(200, get(s, "/api/info").statusCode(), "answered while audits run");
      release.countDown();
      String first = null;
      for (CompletableFuture<HttpResponse<String>> f : audits) {
        HttpResponse<String> r = f.get(SAFETY.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        first = first == null ? r.body() : first;
        assertEquals(first, r.body());
      }
      assertEquals(1, audit.computed.get(), "the plans were read once for eight audits");
      // an upload (a new plan file) is a new generation: read again, once
      Path f = Corpus.files().get(3);
      Files.writeString(plans.resolve(f.getFileName() + ".json"), PlanJson.pretty(pipeline.run(f)));
      assertEquals(200, get(s, "/api/audit").statusCode());
      assertEquals(200, get(s, "/api/audit").statusCode());
      assertEquals(2, audit.computed.get());
    }
  }

  @Test
  void apiCallsFromAnotherSiteAreRefusedEvenAsGets(@TempDir Path data) throws Exception {
    try (WebServer s = WebServer.start(WebConfig.local(0, data, Backends.unavailable()))) {
      assertEquals(403, get(s, "/api/audit", "Origin", "http://evil.example").statusCode());
      assertEquals(403, get(s, "/api/search?q=a", "Sec-Fetch-Site", "cross-site").statusCode());
      assertEquals(403, get(s, "/api/info", "Sec-Fetch-Site", "same-site").statusCode());
      assertEquals(200, get(s, "/api/info", "Sec-Fetch-Site", "same-origin").statusCode());
      assertEquals(200, get(s, "/api/info", "Origin", "http://127.0.0.1:" + s.port()).statusCode());
      assertEquals(200, get(s, "/", "Sec-Fetch-Site", "cross-site").statusCode(),
          "the page itself may be linked to");
    }
  }

  @Test
  void aHugeDeclaredUploadIsRefusedWithoutWaitingForItsBody(@TempDir Path data) throws Exception {
    try (WebServer s = WebServer.start(WebConfig.local(0, data, Backends.unavailable()));
        Socket socket = new Socket("127.0.0.1", s.port())) {
      socket.setSoTimeout((int) SAFETY.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/upload?filename=a.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Length: 99999999999\r\n\r\n一、").getBytes(StandardCharsets.UTF_8));
      out.flush();
      String head = readHead(socket);
      assertTrue(head.startsWith("HTTP/1.1 413"), head);
      assertFalse(Files.exists(data.resolve("uploads")) && Files.list(data.resolve("uploads"))
          .findAny().isPresent(), "nothing stored");
    }
  }

  private static String readHead(Socket socket) throws IOException {
    StringBuilder sb = new StringBuilder();
    var in = socket.getInputStream();
    for (int c; (c = in.read()) >= 0; ) {
      sb.append((char) c);
      if (sb.toString().endsWith("\r\n\r\n")) {
        break;
      }
    }
    return sb.toString();
  }

  static Map<String, String> none() {
    return Map.of();
  }
}
