package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Cli;
import org.planscope.testing.HangGuard;
import org.planscope.testing.Unprivileged;

/**
 * Inputs that are not plans, each made here: every one fails with a {@link ReadException} that
 * names the file, says what is wrong and hints at what to do, quickly.
 */
class BadInputTest {
  /** No Tesseract, whatever this machine has: the error path of a scan. */
  static final ReadOptions NO_TESSERACT =
      ReadOptions.defaults().withOcr(Ocr.tesseract("/nonexistent/tesseract"));
  final CompositeReader reader = new CompositeReader(NO_TESSERACT);
  @TempDir Path tmp;

  ReadException fails(Path p) {
    return fails(reader, p);
  }

  static ReadException fails(CompositeReader reader, Path p) {
    // the bound catches a parser that loops for ever; it is no claim about speed
    return assertTimeoutPreemptively(HangGuard.LIMIT,
        () -> assertThrows(ReadException.class, () -> reader.read(p)));
  }

  static void says(ReadException e, Path p, String reason, String hint) {
    ReadErrorsTest.says(e, p, reason, hint);
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  // ---------------------------------------------------------------- binary junk

  @Test
  void randomBytesNamedTxt() throws Exception {
    Path p = write("junk.txt", random(20_000, 1));
    says(fails(p), p, "binary data, not text", "another type");
  }

  @Test
  void aPdfNamedTxtIsBinaryAndTheHintSaysWhatItIs() throws Exception {
    Path p = write("plan.txt", pdfWithoutText());
    says(fails(p), p, "binary data, not text", "looks like a PDF document");
  }

  @Test
  void aFewStrayControlCharactersDoNotMakeTextBinary() throws Exception {
    String text = "一、总体目标\n" + "妇女平等参与经济发展。".repeat(30) + "\u0000\u001B\n";
    Path p = write("plan.txt", text.getBytes(StandardCharsets.UTF_8));
    assertTrue(reader.read(p).text().contains("总体目标"));
  }

  @Test
  void utf16WithoutBomIsTextNotBinary() throws Exception {
    Path p = write("plan.txt", "总体目标 to 2030\n".repeat(20).getBytes(StandardCharsets.UTF_16LE));
    assertTrue(reader.read(p).text().startsWith("总体目标"));
  }

  @Test
  void randomBytesNamedDocx() throws Exception {
    Path p = write("junk.docx", random(5_000, 2));
    says(fails(p), p, "not a Word file", "extension wrong");
  }

  @Test
  void randomBytesNamedDoc() throws Exception {
    Path p = write("junk.doc", random(5_000, 3));
    says(fails(p), p, "not a Word file", "extension wrong");
  }

  @Test
  void aWebPageSavedAsPdf() throws Exception {
    Path p = write("plan.pdf",
        "<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>".getBytes());
    says(fails(p), p, "not a PDF file: the content is a web page", "download it again");
  }

  @Test
  void randomBytesNamedPdf() throws Exception {
    Path p = write("junk.pdf", random(5_000, 4));
    says(fails(p), p, "not a PDF file", "extension wrong");
  }

  @Test
  void aPngNamedRtf() throws Exception {
    byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 600);
    Path p = write("plan.rtf", png);
    says(fails(p), p, "not an RTF file: the content is a PNG image", "extension wrong");
  }

  @Test
  void aCorruptPdfBody() throws Exception {
    byte[] pdf;
    try (InputStream in = getClass().getResourceAsStream("/ingest/broken-lines.pdf")) {
      pdf = in.readAllBytes();
    }
    byte[] bad = pdf.clone();
    byte[] noise = random(bad.length / 2, 5);
    System.arraycopy(noise, 0, bad, bad.length / 4, noise.length);
    Path p = write("corrupt.pdf", bad);
    try {
      reader.read(p); // PDFBox repairs what it can: text, or
    } catch (ReadException e) {
      assertTrue(e.getMessage().startsWith(p + ": ") && e.hint() != null, e.getMessage());
    }
  }

  // ---------------------------------------------------------------- zip bombs and limits

  static byte[] zip(String name, byte[] content, int copies) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes());
      z.closeEntry();
      for (int i = 0; i < copies; i++) {
        z.putNextEntry(new ZipEntry(copies == 1 ? name : name + i));
        z.write(content);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aZipBombDocumentIsRefusedAfterAMegabyte() throws Exception {
    // 64 MB of one repeated paragraph: about 100 KB packed, 600 times
    String para = "<w:p><w:r><w:t>妇女</w:t></w:r></w:p>";
    byte[] xml = ("<w:document xmlns:w=\"" + DocxFixture.W + "\"><w:body>"
        + para.repeat((64 << 20) / para.length())).getBytes(StandardCharsets.UTF_8);
    byte[] bomb = zip("word/document.xml", xml, 1);
    assertTrue(bomb.length < 1 << 20, "packed " + bomb.length);
    Path p = write("bomb.docx", bomb);
    says(fails(p), p, "word/document.xml inflates more than 100 times", "Word document");
  }

  @Test
  void aBombInAnEntryTheReaderDoesNotNeedIsRefusedToo() throws Exception {
    byte[] docx = TikaDocumentReaderTest.numberedPlan().bytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(in.readAllBytes());
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("word/media/image1.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 32; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    Path p = write("media-bomb.docx", out.toByteArray());
    says(fails(p), p, "word/media/image1.bin inflates more than 100 times", "Word document");
  }

  @Test
  void manyEntriesThatInflateBeyondTheTotalAreRefused() throws Exception {
    // entries that compress only about 2:1 (random hex digits): three of 1 MB over a 2 MB total
    byte[] hex = new byte[1 << 20];
    Random r = new Random(6);
    for (int i = 0; i < hex.length; i++) {
      hex[i] = (byte) "0123456789abcdef".charAt(r.nextInt(16));
    }
    byte[] zip = zip("word/media/part", hex, 3);
    DocxPackage.LimitException e = assertThrows(DocxPackage.LimitException.class,
        () -> DocxPackage.parts(zip, 2 << 20));
    assertEquals("the package inflates to more than 2 MB", e.getMessage());
    assertTrue(DocxPackage.parts(zip, 4 << 20) == null, "within the limit: read (no Word part)");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
    CompositeReader small = new CompositeReader(NO_TESSERACT.withMaxBytes(1 << 20));
    Path p = write("big.pdf", random((1 << 20) + 1, 7));
    says(fails(small, p), p, "the file is too large: 1.0 MB (the limit is 1 MB)", "--max-size");
  }

  @Test
  void aFiftyMegabyteTextIsRefusedQuicklyForItsLength() throws Exception {
    byte[] plan = Files.readAllBytes(org.planscope.testing.Corpus.files().get(0));
    byte[] big = new byte[50 << 20];
    for (int i = 0; i < big.length; i += plan.length) {
      System.arraycopy(plan, 0, big, i, Math.min(plan.length, big.length - i));
    }
    Path p = write("huge.txt", big);
    big = null;
    ReadException e = fails(p);
    says(e, p, "the text is too long", "--max-chars");
    assertTrue(e.reason().contains("(the limit is 2,000,000)"), e.reason());
  }

  // ---------------------------------------------------------------- locked and scanned

  @Test
  void passwordProtectedDocx() throws Exception {
    byte[] docx = TikaDocumentReaderTest.numberedPlan().bytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(docx);
      }
      fs.writeFilesystem(out);
    }
    Path p = write("locked.docx", out.toByteArray());
    says(fails(p), p, "the document is password-protected", "unprotected copy");
  }

  static byte[] pdfWithoutText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(out);
    }
    return out.toByteArray();
  }

  @Test
  void aScanWithoutTesseractSaysHowToGetOcr() throws Exception {
    Path p = write("scan.pdf", pdfWithoutText());
    says(fails(p), p, "the PDF has no text layer",
        "install tesseract-ocr and tesseract-ocr-chi-sim to OCR it");
  }

  @Test
  void aScanWithOcrSwitchedOff() throws Exception {
    CompositeReader off = new CompositeReader(NO_TESSERACT.withOcr(Ocr.none()));
    Path p = write("scan.pdf", pdfWithoutText());
    says(fails(off, p), p, "the PDF has no text layer", "OCR is switched off");
  }

  // ---------------------------------------------------------------- paths

  @Test
  void aFileWithoutReadPermission() throws Exception {
    Path p = write("secret.txt", "一、总体目标".getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    try {
      if (Unprivileged.permissionsIgnoredFor(p)) {
        // root reads whatever the permissions say: read it from a child without that power
        Cli.Result r = Unprivileged.run("extract", p.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("错误：" + p + "：没有权限（请检查文件权限（运行 planscope 的用户须能读取该文件））\n",
            r.err());
        assertEquals("", r.out());
      } else {
        says(fails(p), p, "permission denied", "permissions");
      }
    } finally {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void aDirectoryNamedLikeAPlan() throws Exception {
    Path p = Files.createDirectories(tmp.resolve("folder.txt"));
    says(fails(p), p, "is a directory", "folder");
  }

  @Test
  void aMissingPath() {
    Path p = tmp.resolve("gone/plan.docx");
    says(fails(p), p, "no such file", "path");
  }

  @Test
  void aBrokenSymbolicLink() throws Exception {
    Path p = tmp.resolve("link.pdf");
    Files.createSymbolicLink(p, tmp.resolve("moved-away.pdf"));
    says(fails(p), p, "broken symbolic link", "moved-away.pdf, which does not exist");
  }

  @Test
  void aDeviceIsNotReadToTheEnd() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    Path p = tmp.resolve("endless.txt");
    Files.createSymbolicLink(p, zero);
    try {
      says(fails(p), p, "not a regular file", "give a file");
    } finally {
      Files.delete(p);
    }
  }

  @Test
  void theMessageReadsAsOneLine() throws Exception {
    Path p = write("junk.txt", random(1000, 8));
    ReadException e = fails(p);
    assertEquals(p + ": binary data, not text (is it a file of another type under a .txt name?)",
        e.getMessage());
  }
}
