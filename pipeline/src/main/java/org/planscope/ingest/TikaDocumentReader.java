package org.planscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

  private final Map<Format, Parser> parsers = new java.util.EnumMap<>(Format.class);

  @Override
  public Document read(Path path) throws ReadException {
    String ext = extension(path);
    if (!SUPPORTED.contains(ext)) {
      throw new ReadException(path, ext.isEmpty() ? "unsupported file type (no extension)"
          : "unsupported file type ." + ext,
          "supported: " + String.join(", ", SUPPORTED.stream().sorted().toList()), null);
    }
    byte[] bytes = readBytes(path);
    if (bytes.length == 0) {
      throw new ReadException(path, "the file is empty", "was it saved or downloaded completely?",
          null);
    }
    String sha = sha256(bytes);
    if (PLAIN.contains(ext)) {
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      if (d.text().isBlank()) {
        throw new ReadException(path, "the file contains only white space",
            "was it saved or downloaded completely?", null);
      }
      Source source = new Source(path.toString(), fileName(path), sha,
          (MARKDOWN.contains(ext) ? "text/markdown" : "text/plain") + "; charset="
              + d.charset().name(), bytes.length);
      java.util.List<Block> blocks = BlockBuilder.lines(d.text(), MARKDOWN.contains(ext));
      return new Document(source, d.text(), blocks, Map.of());
    }
    if (ext.equals("docx") && isZip(bytes)) {
      Document doc = readDocx(path, bytes, sha);
      if (doc != null) {
        return doc;
      }
    }
    return parseWithTika(path, ext, bytes, sha);
  }

  /** The .docx through {@link DocxReader}; null when the package is not a Word document. */
  private static Document readDocx(Path path, byte[] bytes, String sha) throws ReadException {
    DocxReader.Parts parts;
    try {
      parts = DocxReader.parts(bytes);
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

  private Document parseWithTika(Path path, String ext, byte[] bytes, String sha)
      throws ReadException {
    BlockBuilder blocks = new BlockBuilder();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(path));
    ParseContext context = new ParseContext();
    // keep every element and its id/class, so page furniture can be recognised
    context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
    Format format = sniff(bytes, ext);
    try (InputStream in = TikaInputStream.get(bytes)) {
      ParagraphHandler handler = new ParagraphHandler(blocks, format == Format.PDF,
          format == Format.RTF ? RtfListLabels.labels(bytes) : null);
      parser(format).parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new ReadException(path, "the document is password-protected",
          "save an unprotected copy and try again", e);
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      throw corrupt(path, e);
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    if (blocks.text().isBlank()) {
      boolean isPdf = type != null && type.startsWith("application/pdf");
      throw new ReadException(path, isPdf ? "the PDF has no text layer" : "no text found",
          isPdf ? "a scanned document needs OCR first (e.g. ocrmypdf -l chi_sim)"
              : "is the text in images or embedded objects?", null);
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      meta.put(name, metadata.get(name));
    }
    Source source = new Source(path.toString(), fileName(path), sha,
        type == null ? "application/octet-stream" : type, bytes.length);
    return new Document(source, blocks.text(), blocks.blocks(), meta);
  }

  private static ReadException corrupt(Path path, Throwable e) {
    return new ReadException(path, "cannot parse: " + rootMessage(e),
        "the file may be corrupt or truncated, or not of the type its name ."
            + extension(path) + " says", e);
  }

  /**
   * The format from the first bytes (the extension only decides between HTML and anything else):
   * building one format's parser takes milliseconds, Tika's auto-detecting parser over a second.
   */
  static Format sniff(byte[] b, String ext) {
    if (startsWith(b, "%PDF")) {
      return Format.PDF;
    }
    if (startsWith(b, "{\\rtf")) {
      return Format.RTF;
    }
    if (b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
        && (b[3] & 0xFF) == 0xE0) {
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

  private static byte[] readBytes(Path path) throws ReadException {
    try {
      if (Files.isDirectory(path)) {
        throw new ReadException(path, "is a directory", "give a file, or a folder to the ingest"
            + " command", null);
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ReadException(path, "no such file", "check the path", e);
    } catch (AccessDeniedException e) {
      throw new ReadException(path, "permission denied", "check the file's permissions", e);
    } catch (IOException e) {
      throw new ReadException(path, "cannot read: " + e.getMessage(), null, e);
    }
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
