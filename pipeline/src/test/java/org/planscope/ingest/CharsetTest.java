package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.model.Document;

/** The encoding is decided on the whole document, and a text in two encodings is refused. */
class CharsetTest {
  static final Charset GBK = Charset.forName("GBK");
  static final String PLAN = "某县妇女发展规划（2021—2030年）\n一、总体目标\n到2030年，孕产妇死亡率控制在12/10万以下。\n";
  final CompositeReader reader = new CompositeReader(BadInputTest.NO_TESSERACT);
  @TempDir Path tmp;

  Path write(String name, byte[] bytes) throws Exception {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void aUtf8PageWithoutMetaCharsetWhoseFirst8KbAreAsciiIsReadAsUtf8() throws Exception {
    String css = "<style>\n" + ".c { color: #333; margin: 0 auto; }\n".repeat(400) + "</style>\n";
    assertTrue(css.length() > 8192);
    String html = "<html><head><title>plan</title>" + css + "</head><body>"
        + PLAN.lines().map(l -> "<p>" + l + "</p>").reduce("", String::concat) + "</body></html>";
    Document d = reader.read(write("page.html", html.getBytes(StandardCharsets.UTF_8)));
    assertTrue(d.text().contains("孕产妇死亡率控制在12/10万以下"), d.text());
  }

  @Test
  void aGbkPageWithoutMetaCharsetIsReadAsGbk() throws Exception {
    String html = "<html><body>" + PLAN.lines().map(l -> "<p>" + l + "</p>")
        .reduce("", String::concat) + "</body></html>";
    Document d = reader.read(write("gbk.html", html.getBytes(GBK)));
    assertTrue(d.text().contains("孕产妇死亡率控制在12/10万以下"), d.text());
  }

  @Test
  void aUtf8ByteOrderMarkBeforeGbkBytesIsNotBelieved() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    b.writeBytes(PLAN.getBytes(GBK));
    Document d = reader.read(write("bom-gbk.txt", b.toByteArray()));
    assertEquals(PLAN.strip(), d.text().strip());
  }

  @Test
  void aTextHalfUtf8HalfGbkIsRefusedAsMixed() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(PLAN.getBytes(StandardCharsets.UTF_8));
    b.writeBytes(PLAN.replace("某县", "另县").getBytes(GBK));
    Path p = write("mixed.txt", b.toByteArray());
    ReadException e = BadInputTest.fails(reader, p);
    assertTrue(e.reason().startsWith("the text mixes two encodings: "), e.reason());
    assertTrue(e.hint().contains("save it all as UTF-8"), e.hint());
  }

  @Test
  void gbkTextAloneIsNotTakenForMixed() {
    byte[] gbk = (PLAN.repeat(20) + "规划纲要实施方案妇女儿童发展统计监测评估").getBytes(GBK);
    assertTrue(TextDecoder.utf8Share(gbk) < TextDecoder.MIXED_SHARE, "" + TextDecoder.utf8Share(gbk));
    assertEquals(null, TextDecoder.decode(gbk).problem());
  }
}
