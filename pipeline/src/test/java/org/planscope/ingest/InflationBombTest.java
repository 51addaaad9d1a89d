package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF whose compressed streams inflate far beyond any plan is refused before PDFBox decodes it. */
public class InflationBombTest {
  @TempDir Path tmp;

  /** A one-page PDF whose content stream is {@code size} bytes of spaces, Flate-compressed. */
  public static byte[] pdfWithStream(int size) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      byte[] spaces = new byte[size];
      java.util.Arrays.fill(spaces, (byte) ' ');
      page.setContents(new PDStream(doc, new ByteArrayInputStream(spaces), COSName.FLATE_DECODE));
      doc.addPage(page);
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPdfStreamThatInflatesAThousandTimesIsRefusedNamingTheFile() throws Exception {
    byte[] bomb = pdfWithStream(48 << 20);
    assertTrue(bomb.length < 200 * 1024, "packed " + bomb.length);
    Path p = tmp.resolve("炸弹.pdf");
    Files.write(p, bomb);
    ReadException e = BadInputTest.fails(new CompositeReader(BadInputTest.NO_TESSERACT), p);
    assertTrue(e.reason().matches(
        "suspected compression bomb: a compressed stream of \\d+ KB inflates more than 100 times"),
        e.reason());
    assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
  }

  @Test
  void theLimitsCountInflatedBytesPerStreamAndPerFile() throws Exception {
    byte[] twoStreams = (pdfText(deflate(text(3000))) + pdfText(deflate(text(3000))))
        .getBytes(StandardCharsets.ISO_8859_1);
    assertNull(PdfInflation.check(twoStreams, 4000, 1 << 20, 100, 8000), "within both limits");
    assertEquals("a compressed stream inflates to more than 0 MB",
        PdfInflation.check(twoStreams, 2000, 1 << 20, 100, 8000).toString());
    assertEquals("its compressed streams inflate to more than 0 MB",
        PdfInflation.check(twoStreams, 4000, 1 << 20, 100, 5000).toString());
    // a stream that is not Flate (an image, raw text) is skipped, not counted
    String raw = pdfText(text(9000).getBytes(StandardCharsets.ISO_8859_1));
    assertNull(PdfInflation.check(raw.getBytes(StandardCharsets.ISO_8859_1), 10, 10, 1, 10));
  }

  @Test
  void anOrdinaryPdfPasses() throws Exception {
    assertNull(PdfInflation.check(pdfWithStream(200_000)), "200 KB of content is no bomb");
  }

  private static String text(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < n; i++) {
      sb.append("BT /F1 12 Tf (").append(i).append(") Tj ET\n");
    }
    return sb.substring(0, n);
  }

  private static byte[] deflate(String s) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(9))) {
      d.write(s.getBytes(StandardCharsets.ISO_8859_1));
    }
    return out.toByteArray();
  }

  private static String pdfText(byte[] data) {
    return "1 0 obj\n<< /Length " + data.length + " /Filter /FlateDecode >>\nstream\n"
        + new String(data, StandardCharsets.ISO_8859_1) + "\nendstream\nendobj\n";
  }
}
