package org.planscope.web;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The request line and headers of one request, read and checked by {@link FrontDoor} before the
 * JDK server sees them. A head that breaks HTTP/1.x grammar raises {@link Malformed} with the
 * reason, Chinese first; a good one is kept as clean bytes (CRLF line ends) to relay, with the
 * body's framing.
 *
 * @param bytes the head as relayed, request line to the empty line
 * @param contentLength the body's declared length (0 when none is declared and it is not chunked)
 * @param chunked whether the body comes in chunks
 */
record RequestHead(byte[] bytes, long contentLength, boolean chunked) {
  /** Longest request line; the query alone may have {@link Http#MAX_QUERY} characters. */
  static final int MAX_REQUEST_LINE = 16 * 1024;
  /** Largest head, request line and headers together. */
  static final int MAX_HEAD = 64 * 1024;
  static final int MAX_HEADERS = 100;

  /** A head that is not HTTP/1.x; the message is what the client is told. */
  static final class Malformed extends Exception {
    Malformed(String message) {
      super(message);
    }
  }

  /**
   * Reads one head; null when the client closed the connection before sending anything (between
   * requests). A timeout or an end in the middle of the head is an {@link IOException}.
   */
  static RequestHead read(Input in) throws IOException, Malformed {
    String line = "";
    for (int blank = 0; line.isEmpty(); blank++) {
      if (blank > 4) {
        throw new Malformed("请求前空行过多（too many empty lines before the request line）");
      }
      line = in.line(MAX_REQUEST_LINE, blank == 0);
      if (line == null) {
        return null;
      }
    }
    requestLine(line);
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(CRLF);
    long length = -1;
    boolean chunked = false;
    for (int n = 0; ; n++) {
      String h = in.line(MAX_HEAD - out.size(), false);
      if (h.isEmpty()) {
        break;
      }
      if (n >= MAX_HEADERS) {
        throw new Malformed("请求头过多（more than " + MAX_HEADERS + " header fields）");
      }
      int colon = header(h);
      String name = h.substring(0, colon).toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).strip();
      if (name.equals("content-length")) {
        long l = contentLength(value);
        if (length >= 0 && l != length) {
          throw new Malformed("Content-Length 重复且不一致（conflicting Content-Length headers）");
        }
        length = l;
      } else if (name.equals("transfer-encoding")) {
        if (!value.equalsIgnoreCase("chunked") || chunked) {
          throw new Malformed("不支持的 Transfer-Encoding（only one \"chunked\" is accepted）");
        }
        chunked = true;
      }
      out.writeBytes(h.getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(CRLF);
    }
    if (chunked && length >= 0) {
      throw new Malformed("Content-Length 与 Transfer-Encoding 不能同时出现"
          + "（Content-Length together with Transfer-Encoding）");
    }
    out.writeBytes(CRLF);
    return new RequestHead(out.toByteArray(), Math.max(length, 0), chunked);
  }

  private static final byte[] CRLF = {'\r', '\n'};

  /** Checks {@code METHOD SP target SP HTTP/1.x}. */
  static void requestLine(String line) throws Malformed {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c > 0x7e) {
        throw new Malformed("请求行含有非 ASCII 字节（the request line has non-ASCII bytes;"
            + " percent-encode them）");
      }
      if (c < 0x20 || c == 0x7f) {
        throw new Malformed("请求行含有控制字符（the request line has control characters）");
      }
    }
    String[] parts = line.split(" ", -1);
    if (parts.length == 2 || parts.length == 1 && line.indexOf(' ') < 0 && line.startsWith("/")) {
      throw new Malformed("请求行缺少 HTTP 版本（the request line has no HTTP version）");
    }
    if (parts.length != 3 || !token(parts[0]) || parts[1].isEmpty()) {
      throw new Malformed("请求行格式错误，应为“方法 路径 HTTP/1.1”"
          + "（malformed request line; expected METHOD PATH HTTP/1.1）");
    }
    if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
      throw new Malformed("不支持的 HTTP 版本 " + parts[2].substring(0, Math.min(parts[2].length(), 20))
          + "（only HTTP/1.0 and HTTP/1.1 are served）");
    }
  }

  /** Checks {@code name: value} and returns where the colon is. */
  private static int header(String h) throws Malformed {
    if (h.charAt(0) == ' ' || h.charAt(0) == '\t') {
      throw new Malformed("请求头不能折行（folded header lines are not accepted）");
    }
    int colon = h.indexOf(':');
    if (colon <= 0 || !token(h.substring(0, colon))) {
      throw new Malformed("请求头格式错误（malformed header line）");
    }
    for (int i = colon + 1; i < h.length(); i++) {
      char c = h.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        throw new Malformed("请求头含有控制字符（a header value has control characters）");
      }
    }
    return colon;
  }

  private static long contentLength(String value) throws Malformed {
    if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Malformed("Content-Length 无效（bad Content-Length）");
    }
    return Long.parseLong(value);
  }

  /** RFC 9110 token characters. */
  static boolean token(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * A client's bytes with a buffer, read with a deadline: the head must arrive whole within it,
   * and a body may pause at most {@code idleMillis} between reads.
   */
  static final class Input {
    private final InputStream in;
    private final java.net.Socket socket;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int limit;
    private long deadline;
    private int idleMillis;
    private OutputStream pending;

    Input(java.net.Socket socket) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
    }

    /** The whole next read must finish within {@code millis}. */
    void deadline(long millis) {
      deadline = System.nanoTime() + millis * 1_000_000;
      idleMillis = 0;
    }

    /** Each next read may wait {@code millis}, however long the whole takes. */
    void idle(int millis) {
      idleMillis = millis;
    }

    /** Flushed before each wait for the client, so what it sent so far is passed on at once. */
    void passOnTo(OutputStream out) {
      pending = out;
    }

    private boolean fill() throws IOException {
      if (pending != null) {
        pending.flush();
      }
      int wait = idleMillis;
      if (wait == 0) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          throw new SocketTimeoutException("request head not received in time");
        }
        wait = (int) Math.min(left, Integer.MAX_VALUE);
      }
      socket.setSoTimeout(wait);
      int n = in.read(buf);
      if (n < 0) {
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    }

    private int read() throws IOException {
      if (pos == limit && !fill()) {
        return -1;
      }
      return buf[pos++] & 0xff;
    }

    /**
     * A line without its CRLF (a bare LF also ends it), bytes as ISO-8859-1 characters. Null on
     * a clean end before the first byte when {@code endMayCome}; {@link Malformed} past {@code max}.
     */
    String line(int max, boolean endMayCome) throws IOException, Malformed {
      StringBuilder sb = new StringBuilder(64);
      for (int c; (c = read()) != '\n'; ) {
        if (c < 0) {
          if (endMayCome && sb.length() == 0) {
            return null;
          }
          throw new EOFException("the request head ended early");
        }
        if (sb.length() >= max) {
          throw new Malformed(max == MAX_REQUEST_LINE
              ? "请求行过长（the request line is longer than " + MAX_REQUEST_LINE / 1024 + " KB）"
              : "请求头过大（the request head is larger than " + MAX_HEAD / 1024 + " KB）");
        }
        sb.append((char) c);
      }
      int n = sb.length();
      if (n > 0 && sb.charAt(n - 1) == '\r') {
        sb.setLength(n - 1);
      }
      return sb.toString();
    }

    /** Copies exactly {@code n} body bytes to {@code out}. */
    void copy(long n, OutputStream out) throws IOException {
      while (n > 0) {
        if (pos == limit && !fill()) {
          throw new EOFException("the request body ended early");
        }
        int k = (int) Math.min(n, limit - pos);
        out.write(buf, pos, k);
        pos += k;
        n -= k;
      }
    }

    /** Copies a chunked body, its chunk lines and trailers as they came. */
    void copyChunked(OutputStream out) throws IOException, Malformed {
      while (true) {
        String sizeLine = line(4096, false);
        int semi = sizeLine.indexOf(';');
        String hex = (semi < 0 ? sizeLine : sizeLine.substring(0, semi)).strip();
        long size;
        try {
          size = hex.isEmpty() || hex.length() > 15 ? -1 : Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
          size = -1;
        }
        if (size < 0) {
          throw new Malformed("分块长度无效（bad chunk size）");
        }
        out.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        if (size == 0) {
          for (String t; !(t = line(MAX_HEAD, false)).isEmpty(); ) {
            out.write((t + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          }
          out.write(CRLF);
          return;
        }
        copy(size, out);
        if (!line(2, false).isEmpty()) {
          throw new Malformed("分块后缺少换行（a chunk is longer than its size）");
        }
        out.write(CRLF);
      }
    }
  }
}
