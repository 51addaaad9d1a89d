package org.planscope.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the file part of a {@code multipart/form-data} body (RFC 7578). */
final class Multipart {
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
  private static final Pattern FILENAME_STAR =
      Pattern.compile("(?i);\\s*filename\\*=(?:UTF-8|utf-8)''([^;\\s]+)");
  private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};
  private static final int MAX_PART_HEADERS = 8 * 1024;

  /** The uploaded file: its name as the client gave it and its bytes. */
  record FilePart(String fileName, byte[] bytes) {}

  private Multipart() {}

  /** The boundary of a multipart/form-data content type, or null when it is not one. */
  static String boundary(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw ApiException.badRequest("multipart body without a boundary");
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /**
   * The first part that carries a file name (the form field {@code file} is preferred), or 400
   * when the body is malformed or has no file.
   */
  static FilePart file(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw ApiException.badRequest("malformed multipart body");
    }
    FilePart any = null;
    pos += delimiter.length;
    while (true) {
      if (pos + 2 <= body.length && body[pos] == '-' && body[pos + 1] == '-') {
        break; // closing delimiter
      }
      if (pos + 2 > body.length || body[pos] != '\r' || body[pos + 1] != '\n') {
        throw ApiException.badRequest("malformed multipart body");
      }
      int headersStart = pos + 2;
      int headersEnd = indexOf(body, CRLFCRLF, headersStart);
      if (headersEnd < 0 || headersEnd - headersStart > MAX_PART_HEADERS) {
        throw ApiException.badRequest("malformed multipart body");
      }
      String headers = new String(body, headersStart, headersEnd - headersStart,
          StandardCharsets.UTF_8);
      int dataStart = headersEnd + CRLFCRLF.length;
      int dataEnd = delimiter(body, next, dataStart);
      if (dataEnd < 0) {
        throw ApiException.badRequest("malformed multipart body: no closing boundary");
      }
      String disposition = header(headers, "content-disposition");
      if (disposition != null) {
        String fileName = fileName(disposition);
        if (fileName != null) {
          FilePart part = new FilePart(fileName, Arrays.copyOfRange(body, dataStart, dataEnd));
          Matcher n = NAME.matcher(disposition);
          if (n.find() && n.group(1).equals("file")) {
            return part;
          }
          if (any == null) {
            any = part;
          }
        }
      }
      pos = dataEnd + next.length;
      while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
        pos++;
      }
    }
    if (any == null) {
      throw ApiException.badRequest("no file in the upload (send it as the form field \"file\")");
    }
    return any;
  }

  private static String fileName(String disposition) {
    Matcher star = FILENAME_STAR.matcher(disposition);
    if (star.find()) {
      return Http.decode(star.group(1), false);
    }
    Matcher m = FILENAME.matcher(disposition);
    return m.find() ? m.group(1) : null;
  }

  private static String header(String headers, String name) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  /**
   * The next delimiter from {@code from}: CRLF, "--", the boundary, then (after optional blanks)
   * CRLF or "--". A boundary-like string followed by anything else is data.
   */
  private static int delimiter(byte[] body, byte[] next, int from) {
    for (int at = indexOf(body, next, from); at >= 0; at = indexOf(body, next, at + 1)) {
      int after = at + next.length;
      while (after < body.length && (body[after] == ' ' || body[after] == '\t')) {
        after++;
      }
      if (after + 1 < body.length
          && ((body[after] == '\r' && body[after + 1] == '\n') || (body[after] == '-' && body[after + 1] == '-'))) {
        return at;
      }
    }
    return -1;
  }

  /** Knuth–Morris–Pratt: linear in the body whatever the data, so a crafted body cannot stall us. */
  static int indexOf(byte[] data, byte[] pattern, int from) {
    if (pattern.length == 0) {
      return from;
    }
    int[] fail = new int[pattern.length];
    for (int i = 1, k = 0; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = fail[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      fail[i] = k;
    }
    for (int i = from, k = 0; i < data.length; i++) {
      while (k > 0 && data[i] != pattern[k]) {
        k = fail[k - 1];
      }
      if (data[i] == pattern[k]) {
        k++;
      }
      if (k == pattern.length) {
        return i - pattern.length + 1;
      }
    }
    return -1;
  }
}
