package org.planscope.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.nio.charset.Charset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.planscope.model.Block;
import org.planscope.model.Document;
import org.planscope.model.Source;
import org.xml.sax.SAXException;

/**
 * Reads a plan file into a {@link Document}.
 *
 * <ul>
 *   <li>.txt/.md: decoded here without Tika (see {@link TextDecoder}); magic bytes are not
 *       trusted, a plan may begin with bytes that look like a DOS executable;
 *   <li>.docx: read by {@link DocxReader}, which renders Word's automatic numbering as Word shows
 *       it (Tika prints 一、 as 1、); a package it cannot read goes to Tika;
 *   <li>.pdf, .html/.htm, .rtf, .doc: Tika's parser for the format, its XHTML turned into blocks
 *       by {@link ParagraphHandler} (web page furniture dropped, PDF pages marked, RTF list
 *       numbers restored from {@link RtfListLabels}). No .doc fixture could be made here (no
 *       word processor on the build machine); .doc goes through Tika's OfficeParser as it is,
 *       and its automatic numbering is not recovered.
 * </ul>
 *
 * <p>Before a parser sees a file, {@link ReadOptions} limits its size, and content that cannot be
 * what the extension says is refused with a message naming what it is (binary data under a text
 * name, a web page saved as .pdf, a PDF cut short, an encrypted Office package). A PDF without a
 * text layer is recognised by {@link Ocr} when Tesseract is installed; the document then names
 * the engine ({@link Document#ocrEngine()}). Text longer than the limit is refused after reading.
 *
 * <p>Thread-safe: Tika's parsers are stateless and each is created once, on first use, so plain
 * text never pays for Tika's start-up, and a PDF or web page pays only for its own parser.
 */
public final class TikaDocumentReader implements DocumentReader {
  /** File name extensions this reader accepts (lower case, without dot). */
  public static final Set<String> SUPPORTED =
      Set.of("txt", "text", "md", "markdown", "docx", "doc", "pdf", "html", "htm", "xhtml", "rtf");

  private static final Set<String> PLAIN = Set.of("txt", "text", "md", "markdown");
  private static final Set<String> MARKDOWN = Set.of("md", "markdown");

  /** The format's own Tika parser, chosen from the first bytes; AutoDetectParser otherwise. */
  private enum Format { PDF, RTF, OLE2, OOXML, HTML, OTHER }

  /** A PDF with fewer visible characters than this per page has no real text layer. */
  private static final int MIN_CHARS_PER_PAGE = 16;
  private static final int SNIFF_BYTES = 8192;

  static {
    // PDFBox logs through commons-logging 1.3, which picks log4j-api; without a provider
    // log4j's status logger prints an ERROR line on stdout, into extract's JSON Lines
    // and its fallback logger prints PDFBox's complaints about damaged files, stack traces and
    // all, on stderr: a damaged file is reported once, by us, as one line
    for (String key : new String[] {"log4j2.statusLoggerLevel", "log4j2.simplelogLevel",
        "org.apache.logging.log4j.simplelog.level"}) {
      if (System.getProperty(key) == null) {
        System.setProperty(key, "OFF");
      }
    }
  }

  private final Map<Format, Parser> parsers = new java.util.EnumMap<>(Format.class);
  private final ReadOptions options;

  /** A reader with the default limits, OCR through Tesseract when it is installed. */
  public TikaDocumentReader() {
    this(ReadOptions.defaults());
  }

  public TikaDocumentReader(ReadOptions options) {
    this.options = options;
  }

  public ReadOptions options() {
    return options;
  }

  @Override
  public Document read(Path path) throws ReadException {
    String ext = extension(path);
    if (!SUPPORTED.contains(ext)) {
      throw new ReadException(path, ext.isEmpty() ? "unsupported file type (no extension)"
          : "unsupported file type ." + ext,
          "supported: " + String.join(", ", SUPPORTED.stream().sorted().toList()), null);
    }
    byte[] bytes = readBytes(path, options.maxBytes());
    if (bytes.length == 0) {
      throw new ReadException(path, "the file is empty", "was it saved or downloaded completely?",
          null);
    }
    String sha = sha256(bytes);
    Document doc;
    if (PLAIN.contains(ext)) {
      doc = readPlain(path, ext, bytes, sha);
    } else {
      Format format = sniff(bytes, ext);
      checkContent(path, ext, format, bytes);
      if (format == Format.PDF) {
        String bomb = PdfInflation.check(bytes);
        if (bomb != null) {
          throw new ReadException(path, "suspected compression bomb: " + bomb,
              "a plan's PDF does not inflate like this; if it is genuine, print it to a new PDF",
              null);
        }
      }
      doc = null;
      if (ext.equals("docx") && format == Format.OOXML) {
        doc = readDocx(path, bytes, sha);
      }
      if (doc == null) {
        doc = parseWithTika(path, format, bytes, sha);
      }
    }
    checkLength(path, doc.text().length());
    return doc;
  }

  private Document readPlain(Path path, String ext, byte[] bytes, String sha)
      throws ReadException {
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    if (d.problem() != null && !TextDecoder.binary(d.text())) {
      throw mixedEncodings(path, d);
    }
    if (TextDecoder.binary(d.text())) {
      String kind = describe(bytes);
      throw new ReadException(path, "binary data, not text",
          kind == null ? "is it a file of another type under a ." + ext + " name?"
              : "it looks like " + kind + "; give it its real extension", null);
    }
    if (d.text().isBlank()) {
      throw new ReadException(path, "the file contains only white space",
          "was it saved or downloaded completely?", null);
    }
    checkLength(path, d.text().length());
    Source source = new Source(path.toString(), fileName(path), sha,
        (MARKDOWN.contains(ext) ? "text/markdown" : "text/plain") + "; charset="
            + d.charset().name(), bytes.length);
    java.util.List<Block> blocks = BlockBuilder.lines(d.text(), MARKDOWN.contains(ext));
    return new Document(source, d.text(), blocks, Map.of());
  }

  private static ReadException mixedEncodings(Path path, TextDecoder.Decoded d) {
    return new ReadException(path, d.problem(), "part of it would come out garbled; open it in an"
        + " editor, fix the garbled part and save it all as UTF-8", null);
  }

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The charset of a web page, decided on the whole page: the one its {@code <meta>} declares
   * when the page decodes with it, else what the bytes themselves say ({@link TextDecoder}).
   */
  static Charset htmlCharset(Path path, byte[] bytes) throws ReadException {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        Charset declared = Charset.forName(m.group(1));
        if (declared.name().equalsIgnoreCase("GB2312") || declared.name().equalsIgnoreCase("GBK")) {
          declared = TextDecoder.GB18030; // pages labelled GB2312 hold GBK characters
        }
        if (TextDecoder.strict(bytes, declared) != null) {
          return declared;
        }
      } catch (IllegalArgumentException e) {
        // an unknown label: the bytes decide
      }
    }
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    if (d.problem() != null) {
      throw mixedEncodings(path, d);
    }
    return d.charset();
  }

  private void checkLength(Path path, int chars) throws ReadException {
    if (chars > options.maxChars()) {
      throw new ReadException(path, String.format(Locale.ROOT,
          "the text is too long: %,d characters (the limit is %,d)", chars, options.maxChars()),
          "a plan has tens of thousands; is this many documents in one file? split it, or raise"
              + " --max-chars", null);
    }
  }

  /**
   * Refuses content that cannot be what the extension says before a parser sees it: a .pdf
   * without a PDF header (often a web page saved under the PDF's name), binary data under a Word,
   * RTF or web-page name, and an encrypted Office package (an OLE2 file holding {@code
   * EncryptedPackage}), which gets the same message as a password-protected PDF.
   */
  private static void checkContent(Path path, String ext, Format format, byte[] bytes)
      throws ReadException {
    if (format == Format.OLE2 && encryptedPackage(bytes)) {
      throw passwordProtected(path, null);
    }
    String expected = switch (ext) {
      case "pdf" -> "a PDF file";
      case "doc", "docx" -> "a Word file";
      case "rtf" -> "an RTF file";
      default -> "a web page";
    };
    if (format == Format.PDF && indexOf(bytes, "%%EOF", bytes.length, 1024) < 0) {
      // PDFBox reads a cut PDF as far as it goes, often as pages without text: "a scan"
      throw new ReadException(path, "the PDF is cut short: it has no end-of-file marker",
          "the file is corrupt or truncated; save or download it again", null);
    }
    boolean textLike = format == Format.HTML || format == Format.OTHER;
    if (textLike && (ext.equals("pdf")
        || TextDecoder.binary(TextDecoder.decode(head(bytes)).text()))) {
      String kind = describe(bytes);
      throw new ReadException(path, "not " + expected + (kind == null ? ": binary data of an"
              + " unknown kind" : ": the content is " + kind),
          ext.equals("pdf") && kind != null && kind.contains("web page")
              ? "a failed download saves an error page under the file's name; download it again"
              : "is the extension wrong, or the file damaged?", null);
    }
  }

  private static byte[] head(byte[] bytes) {
    return bytes.length <= SNIFF_BYTES ? bytes : Arrays.copyOf(bytes, SNIFF_BYTES);
  }

  /** What the first bytes say the content is, for a message; null when they say nothing. */
  static String describe(byte[] b) {
    if (indexOf(b, "%PDF-", 1024) >= 0) {
      return "a PDF document";
    }
    if (isZip(b)) {
      return "a ZIP archive (a .docx, .xlsx, .zip …)";
    }
    if (isOle2(b)) {
      return encryptedPackage(b) ? "an encrypted Office document"
          : "an old-style Office document (.doc, .xls, .ppt)";
    }
    if (startsWith(b, "{\\rtf")) {
      return "an RTF document";
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0x89 && startsWith(Arrays.copyOfRange(b, 1, 4), "PNG")) {
      return "a PNG image";
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "a JPEG image";
    }
    if (startsWith(b, "GIF8")) {
      return "a GIF image";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
      return "a gzip archive";
    }
    if (startsWith(b, "Rar!")) {
      return "a RAR archive";
    }
    if (b.length >= 4 && b[0] == 0x7F && startsWith(Arrays.copyOfRange(b, 1, 4), "ELF")) {
      return "a program (ELF)";
    }
    String text = TextDecoder.decode(head(b)).text().stripLeading().toLowerCase(Locale.ROOT);
    if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<body")) {
      return "a web page (HTML)";
    }
    if (text.startsWith("<?xml")) {
      return "XML";
    }
    if (!TextDecoder.binary(text)) {
      return "plain text";
    }
    return null;
  }

  /** The .docx through {@link DocxReader}; null when the package is not a Word document. */
  private static Document readDocx(Path path, byte[] bytes, String sha) throws ReadException {
    DocxReader.Parts parts;
    try {
      parts = DocxReader.parts(bytes);
    } catch (DocxReader.LimitException e) {
      throw new ReadException(path, "suspected zip bomb: " + e.getMessage(),
          "a Word document does not inflate like this; if it is genuine, save it again from Word"
              + " or as PDF", e);
    } catch (IOException e) { // ZipException included: a cut or damaged package
      throw corrupt(path, e);
    }
    if (parts == null) {
      return null;
    }
    BlockBuilder blocks = new BlockBuilder();
    Map<String, String> meta;
    try {
      meta = DocxReader.read(parts, blocks);
    } catch (XMLStreamException | IOException | RuntimeException e) {
      throw corrupt(path, e);
    }
    if (blocks.text().isBlank()) {
      throw new ReadException(path, "the document contains no text",
          "is the text in images or embedded objects?", null);
    }
    Source source = new Source(path.toString(), fileName(path), sha, DocxReader.MEDIA_TYPE,
        bytes.length);
    return new Document(source, blocks.text(), blocks.blocks(), meta);
  }

  private Document parseWithTika(Path path, Format format, byte[] bytes, String sha)
      throws ReadException {
    BlockBuilder blocks = new BlockBuilder();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(path));
    ParseContext context = new ParseContext();
    // keep every element and its id/class, so page furniture can be recognised
    context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
    if (format == Format.HTML) {
      Charset cs = htmlCharset(path, bytes);
      context.set(org.apache.tika.detect.EncodingDetector.class, (stream, md) -> cs);
    }
    try (InputStream in = TikaInputStream.get(bytes)) {
      ParagraphHandler handler = new ParagraphHandler(blocks, format == Format.PDF,
          format == Format.RTF ? RtfListLabels.labels(bytes) : null);
      parser(format).parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw passwordProtected(path, e);
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      throw corrupt(path, e);
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    boolean isPdf = type != null && type.startsWith("application/pdf");
    Map<String, String> meta = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      meta.put(name, metadata.get(name));
    }
    String ocrEngine = null;
    if (isPdf && withoutTextLayer(blocks.text(), metadata)) {
      BlockBuilder recognised = ocr(path, bytes, blocks.text().isBlank());
      if (recognised != null) {
        blocks = recognised;
        ocrEngine = Ocr.engine();
      }
    }
    if (blocks.text().isBlank()) {
      throw new ReadException(path, "no text found", "is the text in images or embedded objects?",
          null);
    }
    Source source = new Source(path.toString(), fileName(path), sha,
        type == null ? "application/octet-stream" : type, bytes.length);
    return new Document(source, blocks.text(), blocks.blocks(), meta, ocrEngine);
  }

  /** Blank, or fewer than {@value #MIN_CHARS_PER_PAGE} visible characters a page: a scan. */
  private static boolean withoutTextLayer(String text, Metadata metadata) {
    int pages = 1;
    try {
      String n = metadata.get("xmpTPg:NPages");
      pages = n == null ? 1 : Math.max(1, Integer.parseInt(n.strip()));
    } catch (NumberFormatException e) {
      // one page, then
    }
    long visible = text.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000).count();
    return visible < (long) MIN_CHARS_PER_PAGE * pages;
  }

  /**
   * The PDF's text from OCR; null when the text layer, sparse but not blank, has to do (no OCR
   * here, or OCR found less).
   */
  private BlockBuilder ocr(Path path, byte[] bytes, boolean blank) throws ReadException {
    Ocr ocr = options.ocr();
    if (!ocr.available()) {
      if (blank) {
        throw new ReadException(path, "the PDF has no text layer (it is a scan)", ocr.missing(),
            null);
      }
      return null;
    }
    BlockBuilder out = new BlockBuilder();
    try {
      ocr.recognise(bytes, out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReadException(path, "OCR interrupted", null, e);
    } catch (IOException | RuntimeException e) {
      throw new ReadException(path, "the PDF has no text layer, and OCR failed: " + rootMessage(e),
          "check the tesseract installation, or run it through OCR first (ocrmypdf -l chi_sim)",
          e);
    }
    if (out.text().isBlank()) {
      if (blank) {
        throw new ReadException(path, "the PDF has no text layer, and OCR found no text",
            "are the pages blank or pictures?", null);
      }
      return null;
    }
    return out;
  }

  private static ReadException passwordProtected(Path path, Throwable cause) {
    return new ReadException(path, "the document is password-protected",
        "save an unprotected copy and try again", cause);
  }

  /** An OLE2 container holding an encrypted OOXML package (a .docx with a password). */
  static boolean encryptedPackage(byte[] b) {
    return isOle2(b) && indexOf(b, ENCRYPTED_PACKAGE, b.length) >= 0;
  }

  private static final String ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

  private static String utf16le(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c).append('\0');
    }
    return out.toString();
  }

  /** Index of an ASCII (or Latin-1 byte) string in the first {@code limit} bytes, or -1. */
  private static int indexOf(byte[] b, String s, int limit) {
    return indexOf(b, s, limit, b.length);
  }

  /** Index of the string among bytes {@code [limit - window, limit)}, or -1. */
  private static int indexOf(byte[] b, String s, int limit, int window) {
    int end = Math.min(b.length, limit) - s.length();
    outer:
    for (int i = Math.max(0, Math.min(b.length, limit) - window); i <= end; i++) {
      for (int j = 0; j < s.length(); j++) {
        if (b[i + j] != (byte) s.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static ReadException corrupt(Path path, Throwable e) {
    // one line: a StAX message reads "ParseError at [row,col]:[1,13]\nMessage: …"
    String m = String.valueOf(rootMessage(e)).replaceAll("\\s*\\R\\s*(Message:\\s*)?", ": ").strip();
    return new ReadException(path, "cannot parse: " + m,
        "the file may be corrupt or truncated, or not of the type its name ."
            + extension(path) + " says", e);
  }

  /**
   * The format from the first bytes (the extension only decides between HTML and anything else):
   * building one format's parser takes milliseconds, Tika's auto-detecting parser over a second.
   */
  static Format sniff(byte[] b, String ext) {
    // a PDF may have a few bytes of junk before its header; PDFBox finds it
    if (startsWith(b, "%PDF") || (ext.equals("pdf") && indexOf(b, "%PDF-", 1024) >= 0)) {
      return Format.PDF;
    }
    if (startsWith(b, "{\\rtf")) {
      return Format.RTF;
    }
    if (isOle2(b)) {
      return Format.OLE2; // .doc, or an encrypted .docx
    }
    if (isZip(b)) {
      return Format.OOXML;
    }
    if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
      return Format.HTML;
    }
    return Format.OTHER;
  }

  private Parser parser(Format format) {
    synchronized (parsers) {
      return parsers.computeIfAbsent(format, f -> switch (f) {
        case PDF -> new PDFParser();
        case RTF -> new RTFParser();
        case OLE2 -> new OfficeParser();
        case OOXML -> new OOXMLParser();
        case HTML -> new JSoupParser();
        case OTHER -> new AutoDetectParser();
      });
    }
  }

  /** Whether any Tika parser has been built (tests check that text and .docx need none). */
  boolean tikaStarted() {
    synchronized (parsers) {
      return !parsers.isEmpty();
    }
  }

  private static boolean isOle2(byte[] b) {
    return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF
        && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
  }

  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  private static boolean startsWith(byte[] b, String ascii) {
    if (b.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (b[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The file's bytes, at most {@code maxBytes} (a file that grows while it is read is refused
   * too). A directory, a broken symbolic link, a device or pipe, and a file that cannot be read
   * each get their own message.
   */
  /** True when following {@code path}'s links never reaches a file (ELOOP). */
  static boolean linkLoop(Path path) {
    try {
      path.toRealPath();
      return false;
    } catch (java.nio.file.FileSystemException e) {
      return String.valueOf(e.getReason()).contains("levels of symbolic links");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * True when the name holds characters the platform could not decode from the bytes on disk (it
   * cannot be opened again by that name).
   */
  static boolean undecodableName(Path path) {
    String s = path.toString();
    return s.indexOf('\uFFFD') >= 0 || (!nameEncoding().equalsIgnoreCase("UTF-8")
        && s.indexOf('?') >= 0);
  }

  static String nameEncoding() {
    String e = System.getProperty("sun.jnu.encoding");
    return e == null ? "UTF-8" : e;
  }

  static byte[] readBytes(Path path, long maxBytes) throws ReadException {
    try {
      if (Files.isDirectory(path)) {
        throw new ReadException(path, "is a directory", "give a file, or a folder to the ingest"
            + " command", null);
      }
      if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        if (linkLoop(path)) {
          throw new ReadException(path, "symbolic link loop",
              "the link leads back to itself; point it at the real file", null);
        }
        throw new ReadException(path, "broken symbolic link",
            "it points to " + Files.readSymbolicLink(path) + ", which does not exist", null);
      }
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        throw new ReadException(path, "not a regular file (a device, pipe or socket)",
            "give a file", null);
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(path, size, maxBytes);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        throw tooLarge(path, bytes.length, maxBytes);
      }
      return bytes;
    } catch (NoSuchFileException e) {
      if (undecodableName(path)) {
        throw new ReadException(path, "the file name is not valid " + nameEncoding()
            + " (shown with \uFFFD where its bytes could not be read)",
            "rename the file (e.g. convmv -f GBK -t UTF-8), or run with a locale whose encoding"
                + " the name is in", e);
      }
      throw new ReadException(path, "no such file", "check the path", e);

    } catch (AccessDeniedException e) {
      throw new ReadException(path, "permission denied",
          "check the file's permissions (the user running planscope must be able to read it)", e);
    } catch (java.nio.file.FileSystemException e) {
      if (linkLoop(path)) {
        throw new ReadException(path, "symbolic link loop",
            "the link leads back to itself; point it at the real file", e);
      }
      throw new ReadException(path, "cannot read: " + (e.getReason() != null ? e.getReason()
          : e.getMessage()), null, e);
    } catch (IOException e) {
      throw new ReadException(path, "cannot read: " + e.getMessage(), null, e);
    }
  }

  private static ReadException tooLarge(Path path, long size, long max) {
    return new ReadException(path, String.format(Locale.ROOT,
        "the file is too large: %.1f MB (the limit is %d MB)", size / 1048576.0, max >> 20),
        "is it one plan? raise --max-size to read it anyway", null);
  }

  static String extension(Path path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String fileName(Path path) {
    Path f = path.getFileName();
    return f == null ? path.toString() : f.toString();
  }

  /** The sha256 of a file's bytes, read as a stream (whatever its size). */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
