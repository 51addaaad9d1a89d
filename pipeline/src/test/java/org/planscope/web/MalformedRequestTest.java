package org.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.HangGuard;

/**
 * Request heads the JDK server would answer with its own HTML page get our JSON 400 with every
 * security header, from {@link FrontDoor}; good requests still reach the API.
 */
class MalformedRequestTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path data;
  static WebServer server;

  @BeforeAll
  static void start() throws IOException {
    server = WebServer.start(WebConfig.local(0, data, Backends.unavailable()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Status line, headers (lower-case names) and body of the one answer to {@code request}. */
  record Answer(String statusLine, Map<String, String> headers, String body) {
    String error() throws IOException {
      return JSON.readTree(body).get("error").asText();
    }
  }

  static Answer send(byte[] request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout((int) HangGuard.LIMIT.toMillis());
      OutputStream out = s.getOutputStream();
      out.write(request);
      out.flush();
      return parse(s.getInputStream().readAllBytes());
    }
  }

  static Answer parse(byte[] bytes) {
    String all = new String(bytes, StandardCharsets.UTF_8);
    int end = all.indexOf("\r\n\r\n");
    assertTrue(end > 0, all);
    String[] lines = all.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
    }
    return new Answer(lines[0], headers, all.substring(end + 4));
  }

  static void assertOurBadRequest(Answer a, String error) throws IOException {
    assertEquals("HTTP/1.1 400 Bad Request", a.statusLine());
    assertEquals("application/json; charset=utf-8", a.headers().get("content-type"));
    assertEquals("nosniff", a.headers().get("x-content-type-options"));
    assertEquals("DENY", a.headers().get("x-frame-options"));
    assertEquals("no-referrer", a.headers().get("referrer-policy"));
    assertEquals("no-store", a.headers().get("cache-control"));
    assertEquals("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        a.headers().get("content-security-policy"));
    assertEquals("close", a.headers().get("connection"));
    assertEquals(String.valueOf(a.body().getBytes(StandardCharsets.UTF_8).length),
        a.headers().get("content-length"));
    assertEquals("请求格式错误：" + error, a.error());
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void garbageIsABadRequestLine() throws IOException {
    assertOurBadRequest(send(ascii("GARBAGE\r\n\r\n")),
        "请求行格式错误，应为“方法 路径 HTTP/1.1”（malformed request line; expected METHOD PATH HTTP/1.1）");
  }

  @Test
  void aRequestLineWithoutVersion() throws IOException {
    assertOurBadRequest(send(ascii("GET /api/info\r\n\r\n")),
        "请求行缺少 HTTP 版本（the request line has no HTTP version）");
  }

  @Test
  void aTwentyKilobyteRequestLine() throws IOException {
    String line = "GET /api/search?q=" + "a".repeat(20 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    assertOurBadRequest(send(ascii(line)), "请求行过长（the request line is longer than 16 KB）");
  }

  @Test
  void nonAsciiBytesInTheRequestLine() throws IOException {
    byte[] request = "GET /api/plans/规划 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    assertOurBadRequest(send(request),
        "请求行含有非 ASCII 字节（the request line has non-ASCII bytes; percent-encode them）");
  }

  @Test
  void anUnknownHttpVersion() throws IOException {
    assertOurBadRequest(send(ascii("GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n")),
        "不支持的 HTTP 版本 HTTP/9.9（only HTTP/1.0 and HTTP/1.1 are served）");
  }

  @Test
  void badHeaders() throws IOException {
    assertOurBadRequest(send(ascii("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n folded\r\n\r\n")),
        "请求头不能折行（folded header lines are not accepted）");
    assertOurBadRequest(send(ascii("GET / HTTP/1.1\r\nno colon here\r\n\r\n")),
        "请求头格式错误（malformed header line）");
    assertOurBadRequest(send(ascii("POST /api/upload HTTP/1.1\r\nContent-Length: 12x\r\n\r\n")),
        "Content-Length 无效（bad Content-Length）");
    assertOurBadRequest(send(ascii("POST /api/upload HTTP/1.1\r\nContent-Length: 3\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n")),
        "Content-Length 与 Transfer-Encoding 不能同时出现（Content-Length together with Transfer-Encoding）");
  }

  @Test
  void aGoodRequestIsAnsweredByTheApiWithItsHeaders() throws IOException {
    Answer a = send(ascii("GET /api/info HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    assertEquals("HTTP/1.1 200 OK", a.statusLine());
    assertEquals("DENY", a.headers().get("x-frame-options"));
    assertTrue(a.body().contains("\"maxUploadBytes\":20971520"), a.body());
  }

  @Test
  void aMalformedRequestAfterAGoodOneOnTheSameConnectionGetsItsAnswerSecond() throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout((int) HangGuard.LIMIT.toMillis());
      OutputStream out = s.getOutputStream();
      out.write(ascii("GET /api/info HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET / HTTP/9.9\r\n\r\n"));
      out.flush();
      InputStream in = s.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int second = all.indexOf("HTTP/1.1 400");
      assertTrue(all.startsWith("HTTP/1.1 200 OK"), all);
      assertTrue(second > 0, all);
      ByteArrayOutputStream rest = new ByteArrayOutputStream();
      rest.writeBytes(all.substring(second).getBytes(StandardCharsets.UTF_8));
      assertOurBadRequest(parse(rest.toByteArray()),
          "不支持的 HTTP 版本 HTTP/9.9（only HTTP/1.0 and HTTP/1.1 are served）");
    }
  }

  @Test
  void aChunkedBodyIsRelayed() throws IOException {
    String part = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.exe\"\r\n\r\nx\r\n--b--\r\n";
    String request = "POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "Content-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(part.length()) + "\r\n" + part + "\r\n0\r\n\r\n";
    Answer a = send(ascii(request));
    // the API read the whole body and judged the file itself
    assertEquals("HTTP/1.1 415 Unsupported Media Type", a.statusLine());
  }

  @Test
  void oneAddressHoldsAtMostItsShareOfConnections(@TempDir Path own) throws IOException {
    List<Socket> held = new ArrayList<>();
    try (WebServer s = WebServer.start(WebConfig.local(0, own, Backends.unavailable()))) {
      try {
        for (int i = 0; i < FrontDoor.MAX_PER_CLIENT_CONNECTIONS; i++) {
          Socket socket = new Socket("127.0.0.1", s.port());
          held.add(socket);
          socket.setSoTimeout((int) HangGuard.LIMIT.toMillis());
          socket.getOutputStream().write(ascii("GET /api/info HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
          // answered and kept alive: this connection is counted
          assertTrue(readHead(socket.getInputStream()).startsWith("HTTP/1.1 200 OK"));
        }
        try (Socket over = new Socket("127.0.0.1", s.port())) {
          over.setSoTimeout((int) HangGuard.LIMIT.toMillis());
          Answer a = parse(over.getInputStream().readAllBytes());
          assertEquals("HTTP/1.1 429 Too Many Requests", a.statusLine());
          assertEquals("DENY", a.headers().get("x-frame-options"));
          assertEquals("close", a.headers().get("connection"));
          assertEquals("同一地址的连接过多，请稍后再试（too many connections from one address）", a.error());
        }
      } finally {
        for (Socket socket : held) {
          socket.close();
        }
      }
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c; (c = in.read()) >= 0; ) {
      sb.append((char) c);
      if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    int length = Integer.parseInt(sb.toString().replaceAll("(?s).*[Cc]ontent-[Ll]ength: (\\d+).*", "$1"));
    in.readNBytes(length);
    return sb.toString();
  }
}
