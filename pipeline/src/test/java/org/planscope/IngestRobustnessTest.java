package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Corpus;

/**
 * {@code ingest} and {@code extract} over a folder of bad inputs next to a good plan: every bad
 * file gets one line with the file, the reason and a hint, the batch goes on, the good plan is
 * published, the summary is printed and the exit code says that some files failed.
 */
class IngestRobustnessTest {
  @TempDir Path tmp;

  static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  static byte[] blankPdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(out);
    }
    return out.toByteArray();
  }

  static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 16; i++) {
        z.write(spaces);
      }
      z.closeEntry();
    }
    return out.toByteArray();
  }

  /** A folder with one good plan and one file of each kind of bad input; name → reason. */
  static List<String[]> badInputs(Path in) throws Exception {
    Files.createDirectories(in);
    Files.copy(Corpus.files().get(2), in.resolve("good.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("junk.txt"), random(10_000, 1));
    Files.write(in.resolve("junk.docx"), random(10_000, 2));
    Files.write(in.resolve("cut.pdf"), java.util.Arrays.copyOf(blankPdf(), 300));
    Files.write(in.resolve("page.pdf"), "<html><body>403 Forbidden</body></html>".getBytes());
    Files.write(in.resolve("bomb.docx"), zipBomb());
    Files.write(in.resolve("scan.pdf"), blankPdf());
    Files.createSymbolicLink(in.resolve("broken.txt"), in.resolve("nowhere.txt"));
    return List.of(
        new String[] {"empty.txt", "文件为空"},
        new String[] {"junk.txt", "是二进制数据，不是文本"},
        new String[] {"junk.docx", "不是有效的 Word 文件"},
        new String[] {"cut.pdf", "PDF 文件不完整"},
        new String[] {"page.pdf", "不是有效的 PDF 文件：其内容是一个网页（HTML）"},
        new String[] {"bomb.docx", "疑似 ZIP 炸弹：word/document.xml 解压后膨胀超过 100 倍"},
        new String[] {"scan.pdf", "PDF 没有文字层"});
  }

  @Test
  void ingestReportsEachBadFileAndPublishesTheGoodOne() throws Exception {
    Path in = tmp.resolve("in");
    List<String[]> bad = badInputs(in);
    Path data = tmp.resolve("data");
    CliEndToEndTest.Result r = CliEndToEndTest.run("ingest", in.toString(),
        in.resolve("broken.txt").toString(), tmp.resolve("plan.xlsx").toString(),
        "--data", data.toString(), "--no-ocr");
    assertEquals(1, r.code(), r.err());
    for (String[] b : bad) {
      String line = r.out().lines().filter(l -> l.startsWith(b[0] + " ")).findFirst()
          .orElseThrow(() -> new AssertionError(b[0] + " not in the summary:\n" + r.out()));
      assertTrue(line.contains(" 失败：" + in.resolve(b[0]) + "：" + b[1]), line);
      assertTrue(line.endsWith("）"), "with a hint: " + line);
      assertTrue(r.err().contains(" 失败 " + in.resolve(b[0]) + "（"), r.err());
    }
    assertTrue(r.out().contains("broken.txt") && r.out().contains("符号链接已失效"), r.out());
    assertTrue(r.out().contains("不支持的文件类型 .xlsx"), r.out());
    assertTrue(r.out().contains("\n共 10 个规划：9 个失败，用时 "), r.out());
    assertTrue(r.out().contains("\n指标目录："), "the catalogue section is still printed");
    assertTrue(r.err().contains("检索索引 " + data.resolve("index") + "：新增 1，"), r.err());
    assertTrue(r.err().contains("规划 " + data.resolve("plans") + "：已写入 1 个，"), r.err());
    try (var s = Files.list(data.resolve("plans"))) {
      List<Path> plans = s.toList();
      assertEquals(1, plans.size(), plans.toString());
      assertEquals("good", new ObjectMapper().readTree(plans.get(0).toFile()).get("id").asText());
    }
  }

  @Test
  void extractReportsEachBadFileOnStderrAndGoesOn() throws Exception {
    Path in = tmp.resolve("in");
    List<String[]> bad = badInputs(in);
    CliEndToEndTest.Result r = CliEndToEndTest.run("extract", "--no-ocr", in.toString());
    assertEquals(1, r.code(), r.err());
    for (String[] b : bad) {
      assertTrue(r.err().contains("错误：" + in.resolve(b[0]) + "：" + b[1]), r.err());
    }
    assertEquals(1, r.out().strip().lines().count(), "one JSON line, for the good plan");
  }

  @Test
  void limitsAreOptions() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(3), in.resolve("plan.txt"));
    CliEndToEndTest.Result r = CliEndToEndTest.run("extract", "--max-chars", "1000",
        in.resolve("plan.txt").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("：文本过长：") && r.err().contains("个字符（上限为 1,000）"), r.err());
    r = CliEndToEndTest.run("extract", "--max-size", "0", in.resolve("plan.txt").toString());
    assertEquals(1, r.code());
    assertEquals("planscope：--max-size 和 --max-chars 不能小于 1\n", r.err());
    String utf8 = Files.readString(in.resolve("plan.txt"), StandardCharsets.UTF_8);
    assertTrue(utf8.length() > 1000);
  }
}
