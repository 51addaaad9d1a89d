package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files give our one-line errors on stderr and nothing else: no library's stack traces
 * or parser chatter. Run in a child JVM, as a person runs the command, so that every logger is
 * set up the way the command sets it up.
 */
class CleanOutputTest {
  @TempDir Path tmp;

  @Test
  void damagedPdfAndDocxFilesPrintOnlyOurErrors() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(pdf);
    }
    byte[] good = pdf.toByteArray();
    // the cross-reference table and the page tree damaged, the end marker kept
    String s = new String(good, StandardCharsets.ISO_8859_1)
        .replace("xref", "xrfe").replace("/Pages", "/Pagez").replace("/Root", "/Roof");
    Files.write(in.resolve("damaged.pdf"), s.getBytes(StandardCharsets.ISO_8859_1));
    // only the cross-reference table damaged: PDFBox recovers, and logs while it does
    Files.write(in.resolve("bad-xref.pdf"), new String(good, StandardCharsets.ISO_8859_1)
        .replaceFirst("startxref\\s+\\d+", "startxref\n99999").getBytes(StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("bad-length.pdf"), new String(good, StandardCharsets.ISO_8859_1)
        .replaceAll("/Length \\d+", "/Length 99999").getBytes(StandardCharsets.ISO_8859_1));
    byte[] garbage = new byte[4000];
    new java.util.Random(7).nextBytes(garbage);
    Files.write(in.resolve("garbage.pdf"), concat("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n"
        .getBytes(StandardCharsets.ISO_8859_1), garbage, "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
    Files.write(in.resolve("broken-xml.docx"), zip(
        "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
        "word/document.xml", "<w:document><w:body><w:p>妇女</w:body>"));
    Files.write(in.resolve("not-xml.docx"), zip("[Content_Types].xml", "not xml at all",
        "word/document.xml", "\u0000\u0001"));
    IngestProcessTest.Child c = new IngestProcessTest.Child(0, List.of(), "extract",
        in.toString());
    assertEquals(1, c.waitFor(), c.err());
    String err = c.err();
    for (String line : err.lines().toList()) {
      assertTrue(line.startsWith("错误：" + in), "not one of our errors: " + line + "\n" + err);
    }
    assertEquals(6, err.lines().count(), err);
  }

  /** What PDFBox's logging channel prints once the reader is loaded: nothing. */
  @Test
  void pdfboxLogsNothingOnStderr() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        Probe.class.getName()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertEquals("", out);
  }

  /** Logs an error with a stack trace as PDFBox does when it meets a damaged file. */
  public static final class Probe {
    public static void main(String[] args) throws Exception {
      Class.forName("org.planscope.ingest.TikaReader");
      org.apache.commons.logging.LogFactory.getLog("org.apache.pdfbox.pdfparser.COSParser")
          .error("Can't read the embedded font", new java.io.IOException("damaged"));
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] zip(String... nameAndContent) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < nameAndContent.length; i += 2) {
        z.putNextEntry(new ZipEntry(nameAndContent[i]));
        z.write(nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
