package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.format.Lang;

/** A file that cannot be read fails with a message naming the file, the reason and a hint. */
class ReadErrorsTest {
  final CompositeReader reader = new CompositeReader();
  @TempDir Path tmp;

  ReadException fails(Path p) {
    return assertThrows(ReadException.class, () -> reader.read(p));
  }

  /**
   * {@code e} names {@code p}, a reason with {@code reason} and a hint with {@code hint} in English,
   * and has its Chinese: the terminal's default.
   */
  static void says(ReadException e, Path p, String reason, String hint) {
    String m = e.getMessage();
    assertTrue(m.startsWith(p.toString() + ": "), m);
    assertTrue(e.reason().contains(reason), m);
    assertTrue(e.hint() != null && e.hint().contains(hint), m);
    assertEquals(m, e.message().in(Lang.EN));
    String zh = e.message().in(Lang.ZH);
    assertTrue(zh.startsWith(p + "：") && zh.endsWith("）"), zh);
    // (a one-word hint may be an option or a name: --max-size, OCR)
    assertFalse(zh.contains(reason) || (hint.contains(" ") && zh.contains(hint)),
        "English in the Chinese: " + zh);
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void unsupportedType() throws Exception {
    Path p = write("plan.xlsx", new byte[] {1, 2, 3});
    says(fails(p), p, "unsupported file type .xlsx", "supported: doc, docx, htm");
  }

  @Test
  void emptyFile() throws Exception {
    Path p = write("plan.pdf", new byte[0]);
    says(fails(p), p, "empty", "completely");
  }

  @Test
  void missingFile() {
    Path p = tmp.resolve("nowhere.txt");
    says(fails(p), p, "no such file", "path");
  }

  @Test
  void passwordProtectedPdf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
    }
    Path p = write("locked.pdf", out.toByteArray());
    says(fails(p), p, "password-protected", "unprotected copy");
  }

  @Test
  void pdfWithoutATextLayer() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage()); // a scan would be an image; either way, no text
      doc.save(out);
    }
    Path p = write("scan.pdf", out.toByteArray());
    // whether or not this machine has Tesseract (BadInputTest and OcrTest cover both ways)
    ReadException e = assertThrows(ReadException.class,
        () -> new CompositeReader(BadInputTest.NO_TESSERACT).read(p));
    says(e, p, "no text layer", "OCR");
  }

  @Test
  void truncatedPdf() throws Exception {
    byte[] pdf;
    try (InputStream in = getClass().getResourceAsStream("/ingest/broken-lines.pdf")) {
      pdf = in.readAllBytes();
    }
    Path p = write("cut.pdf", Arrays.copyOf(pdf, 400));
    ReadException e = fails(p);
    assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
    assertTrue(e.hint().contains("corrupt or truncated") || e.hint().contains("OCR"), e.getMessage());
  }

  @Test
  void truncatedDocx() throws Exception {
    byte[] docx = TikaDocumentReaderTest.numberedPlan().bytes();
    Path p = write("cut.docx", Arrays.copyOf(docx, docx.length / 2));
    says(fails(p), p, "cannot parse", "corrupt or truncated");
  }

  @Test
  void aZipThatIsNoWordDocument() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
      zip.write("hello".getBytes());
      zip.closeEntry();
    }
    Path p = write("notword.docx", out.toByteArray());
    ReadException e = fails(p);
    assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
    assertTrue(e.hint() != null, e.getMessage());
  }

  @Test
  void aTextFileOfBlanks() throws Exception {
    Path p = write("blank.txt", "  \n\n \u3000\n".getBytes());
    ReadException e = fails(p);
    assertTrue(e.getMessage().contains("only white space"), e.getMessage());
  }
}
