package org.planscope.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small parts of the server: names, ids, multipart, query strings, Host names. */
class WebPartsTest {
  private static final Uploads UPLOADS =
      new Uploads(Path.of("uploads"), null, null, PlanListener.NONE, 1);

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # client's name                 | base name            | stored stem (before -hex)
      鹿寨县妇女发展规划.docx            | 鹿寨县妇女发展规划.docx | 鹿寨县妇女发展规划
      C:\\Users\\me\\plan v2.PDF        | plan v2.PDF          | plan_v2
      ../../etc/passwd.txt             | passwd.txt           | passwd
      .hidden.txt                      | .hidden.txt          | hidden
      <script>alert(1)</script>.html   | script>.html         | script
      ....txt                          | ....txt              | upload
      """)
  void clientNamesBecomeSafeStoredNames(String given, String base, String stem) {
    assertEquals(base, Uploads.baseName(given));
    String stored = UPLOADS.storedStem(Uploads.baseName(given));
    assertTrue(stored.matches("\\Q" + stem + "\\E-[0-9a-f]{8}"), stored);
    assertTrue(PlanStore.validId(stored), stored);
  }

  @Test
  void storedNamesAreFreshAndBounded() {
    String a = UPLOADS.storedStem("规".repeat(500) + ".txt");
    assertEquals(60 + 9, a.length());
    assertFalse(a.equals(UPLOADS.storedStem("规".repeat(500) + ".txt")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_45ac20729b4d0109", "鹿寨县规划-1a2b3c4d", "plan.v2", "_x", "A"})
  void validIds(String id) {
    assertTrue(PlanStore.validId(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "../x", "a/b", "a\\b", ".x", "-x", "a..b", "a b", "a\u0000b",
      "a%2Fb"})
  void invalidIds(String id) {
    assertFalse(PlanStore.validId(id));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      my plan (1)  | my_plan_1_
      ../../x      | x
      a..b         | a_b
      鹿寨县        | 鹿寨县
      """)
  void unsafeIdsGetSafeKeys(String id, String key) {
    assertEquals(key, PlanStore.safeKey(id));
    assertTrue(PlanStore.validId(PlanStore.safeKey(id)));
  }

  @Test
  void multipartFindsTheFileFieldAmongOthers() {
    byte[] body = ("--b1\r\nContent-Disposition: form-data; name=\"other\"; filename=\"o.txt\"\r\n\r\n"
        + "other\r\n--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"规划.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n一、\r\n--b1 is not a boundary here\r\n--b1--\r\n")
        .getBytes(StandardCharsets.UTF_8);
    Multipart.FilePart p = Multipart.file(body, "b1");
    assertEquals("规划.txt", p.fileName());
    assertEquals("一、\r\n--b1 is not a boundary here", new String(p.bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void multipartReadsAnRfc5987FileName() {
    byte[] body = ("--q\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''%E8%A7%84.txt"
        + "\r\n\r\nx\r\n--q--").getBytes(StandardCharsets.UTF_8);
    assertEquals("规.txt", Multipart.file(body, "q").fileName());
  }

  @Test
  void multipartKeepsBinaryBytes() {
    byte[] head = "--z\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.doc\"\r\n\r\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] data = {0, (byte) 0xD0, (byte) 0xCF, '\r', '\n', '-', '-', 'y', (byte) 0xFF};
    byte[] tail = "\r\n--z--\r\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] body = new byte[head.length + data.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(data, 0, body, head.length, data.length);
    System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
    assertArrayEquals(data, Multipart.file(body, "z").bytes());
  }

  @Test
  void multipartBoundaryIsReadQuotedOrNot() {
    assertEquals("abc", Multipart.boundary("multipart/form-data; boundary=abc"));
    assertEquals("a b", Multipart.boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""));
    assertNull(Multipart.boundary("application/octet-stream"));
    assertNull(Multipart.boundary(null));
    assertEquals(400, assertThrows(ApiException.class,
        () -> Multipart.boundary("multipart/form-data")).status());
  }

  @Test
  void malformedMultipartIs400() {
    for (String body : new String[] {"", "--b", "--b\r\nno end of headers", "--b\r\n\r\nno closing",
        "--bX"}) {
      ApiException e = assertThrows(ApiException.class,
          () -> Multipart.file(body.getBytes(StandardCharsets.UTF_8), "b"), body);
      assertEquals(400, e.status());
    }
  }

  /**
   * The search (Knuth–Morris–Pratt, linear whatever the data) finds what a plain search finds, on
   * data crafted against naive searches: long runs of a boundary's own dashes, near-misses,
   * overlaps. How fast it is belongs to a benchmark, not here.
   */
  @Test
  void searchingFindsWhatAPlainSearchFindsOnCraftedData() {
    byte[] data = new byte[200_000];
    java.util.Arrays.fill(data, (byte) '-');
    byte[] pattern = ("\r\n--" + "-".repeat(68) + "x").getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(-1, Multipart.indexOf(data, pattern, 0));
    java.util.Random r = new java.util.Random(13);
    for (int round = 0; round < 2_000; round++) {
      byte[] alphabet = "-\r\nab".getBytes(StandardCharsets.ISO_8859_1);
      byte[] hay = new byte[r.nextInt(200)];
      byte[] needle = new byte[1 + r.nextInt(8)];
      for (int i = 0; i < hay.length; i++) {
        hay[i] = alphabet[r.nextInt(round % 2 == 0 ? 2 : alphabet.length)];
      }
      for (int i = 0; i < needle.length; i++) {
        needle[i] = alphabet[r.nextInt(round % 2 == 0 ? 2 : alphabet.length)];
      }
      int from = hay.length == 0 ? 0 : r.nextInt(hay.length);
      assertEquals(plainIndexOf(hay, needle, from), Multipart.indexOf(hay, needle, from),
          "round " + round);
    }
    assertEquals(3, Multipart.indexOf("abcabd".getBytes(StandardCharsets.UTF_8),
        "abd".getBytes(StandardCharsets.UTF_8), 0));
  }

  static int plainIndexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void queryStringsAreDecodedStrictly() {
    assertEquals(Map.of("q", "孕产妇 死亡率", "region", "", "x", "a+b"),
        Http.query("q=%E5%AD%95%E4%BA%A7%E5%A6%87+%E6%AD%BB%E4%BA%A1%E7%8E%87&region&x=a%2Bb&q=second"));
    assertEquals(400, assertThrows(ApiException.class, () -> Http.query("q=%")).status());
    assertEquals(400, assertThrows(ApiException.class, () -> Http.query("q=%C3%28")).status());
    assertEquals(414, assertThrows(ApiException.class, () -> Http.query("q=" + "a".repeat(9000))).status());
    assertEquals(400, assertThrows(ApiException.class, () -> Http.query("a=1&".repeat(40))).status());
    assertEquals(java.util.List.of("api", "plans", "a/b"), Http.segments("/api//plans/a%2Fb"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      127.0.0.1:8080       | true
      localhost:8080       | true
      LOCALHOST            | true
      [::1]:8080           | true
      127.0.0.1            | true
      evil.example:8080    | false
      127.0.0.1.evil.com   | false
      localhost:80:80      | false
      [::2]:8080           | false
      127.0.0.1@evil       | false
      """)
  void onlyLoopbackHostNamesAreAccepted(String host, boolean ok) {
    assertEquals(ok, WebServer.loopbackName(host));
  }
}
