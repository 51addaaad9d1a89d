package org.planscope.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request parsing and response writing on top of the JDK's {@code HttpExchange}. */
final class Http {
  static final int MAX_QUERY = 8 * 1024;
  static final int MAX_PARAMS = 32;

  /** The headers every answer carries, ours and {@link FrontDoor}'s own refusals alike. */
  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "Cache-Control", "no-store",
      "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self';"
          + " img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'",
      "X-Frame-Options", "DENY");

  private Http() {}

  /** The query string as a map (first value wins); 400 when it is too long or malformed. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    if (rawQuery.length() > MAX_QUERY) {
      throw new ApiException(414, "query string too long");
    }
    String[] pairs = rawQuery.split("&");
    if (pairs.length > MAX_PARAMS) {
      throw ApiException.badRequest("too many parameters");
    }
    for (String pair : pairs) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      out.putIfAbsent(k, v);
    }
    return out;
  }

  /** The path's segments, percent-decoded one by one (an encoded "/" stays inside its segment). */
  static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : rawPath.split("/", -1)) {
      if (!s.isEmpty()) {
        out.add(decode(s, false));
      }
    }
    return out;
  }

  /** Strict UTF-8 percent-decoding; 400 on a malformed escape or invalid UTF-8. */
  static String decode(String s, boolean plusIsSpace) {
    if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          throw ApiException.badRequest("malformed percent-encoding");
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw ApiException.badRequest("malformed percent-encoding");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(b);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("percent-encoding is not UTF-8");
    }
  }

  /**
   * The request body, at most {@code max} bytes; 413 beyond (checked against Content-Length
   * before reading anything, and while reading when the length is not declared). The error
   * names {@code limit}, the size a person was promised (the body may carry some framing more).
   */
  static byte[] body(HttpExchange ex, long max, long limit) throws IOException {
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long n;
      try {
        n = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("bad Content-Length");
      }
      if (n > max) {
        throw tooLarge(limit);
      }
    }
    InputStream in = ex.getRequestBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    for (int r; (r = in.read(buf)) > 0; ) {
      total += r;
      if (total > max) {
        throw tooLarge(limit);
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  static ApiException tooLarge(long max) {
    return new ApiException(413, "the file is larger than the limit of " + megabytes(max));
  }

  static String megabytes(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }

  /** Sends a response with the headers every answer carries. */
  static void send(HttpExchange ex, Response r, boolean closeConnection) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", r.contentType());
    SECURITY_HEADERS.forEach(h::set);
    if (r.allow() != null) {
      h.set("Allow", r.allow());
    }
    if (closeConnection) {
      h.set("Connection", "close");
    }
    boolean head = "HEAD".equals(ex.getRequestMethod());
    if (head || r.body().length == 0) {
      ex.sendResponseHeaders(r.status(), -1);
      return;
    }
    ex.sendResponseHeaders(r.status(), r.body().length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(r.body());
    }
  }

  /** Reads and drops up to {@code max} bytes of a body that is not wanted, so the client reads our answer. */
  static void drain(HttpExchange ex, long max) {
    try {
      InputStream in = ex.getRequestBody();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int r; total < max && (r = in.read(buf)) > 0; ) {
        total += r;
      }
    } catch (IOException e) {
      // the client went away; nothing to answer
    }
  }
}
