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
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.planscope.model.Document;
import org.planscope.model.Source;
import org.xml.sax.SAXException;

/**
 * Reads .txt/.md directly (see {@link TextDecoder}) and every other supported format through
 * Tika's auto-detecting parser, keeping paragraphs, headings, list items and table rows as
 * blocks. Thread-safe: Tika's parser is stateless and created once.
 */
public final class TikaDocumentReader implements DocumentReader {
  /** File name extensions this reader accepts (lower case, without dot). */
  public static final Set<String> SUPPORTED =
      Set.of("txt", "text", "md", "markdown", "docx", "doc", "pdf", "html", "htm", "xhtml", "rtf");

  private static final Set<String> PLAIN = Set.of("txt", "text", "md", "markdown");

  private volatile Parser parser;

  @Override
  public Document read(Path path) throws ReadException {
    String ext = extension(path);
    if (!SUPPORTED.contains(ext)) {
      throw new ReadException(path, "unsupported file type ." + ext,
          "supported: " + String.join(", ", SUPPORTED.stream().sorted().toList()), null);
    }
    byte[] bytes = readBytes(path);
    if (bytes.length == 0) {
      throw new ReadException(path, "the file is empty");
    }
    String sha = sha256(bytes);
    if (PLAIN.contains(ext)) {
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      Source source = new Source(path.toString(), fileName(path), sha,
          "text/plain; charset=" + d.charset().name(), bytes.length);
      return new Document(source, d.text(), BlockBuilder.lines(d.text()), Map.of());
    }
    return parseWithTika(path, bytes, sha);
  }

  private Document parseWithTika(Path path, byte[] bytes, String sha) throws ReadException {
    BlockBuilder blocks = new BlockBuilder();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(path));
    try (InputStream in = TikaInputStream.get(bytes)) {
      parser().parse(in, new ParagraphHandler(blocks), metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      throw new ReadException(path, "the document is password-protected",
          "save an unprotected copy and try again", e);
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      throw new ReadException(path, "cannot parse: " + rootMessage(e),
          "is the file complete and of the type its name says?", e);
    }
    String text = blocks.text();
    if (text.isBlank()) {
      throw new ReadException(path, "no text found",
          "a scanned document without a text layer needs OCR", null);
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      meta.put(name, metadata.get(name));
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    Source source = new Source(path.toString(), fileName(path), sha,
        type == null ? "application/octet-stream" : type, bytes.length);
    return new Document(source, text, blocks.blocks(), meta);
  }

  private Parser parser() {
    Parser p = parser;
    if (p == null) {
      synchronized (this) {
        if (parser == null) {
          parser = new AutoDetectParser();
        }
        p = parser;
      }
    }
    return p;
  }

  private static byte[] readBytes(Path path) throws ReadException {
    try {
      if (Files.isDirectory(path)) {
        throw new ReadException(path, "is a directory");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ReadException(path, "no such file", null, e);
    } catch (AccessDeniedException e) {
      throw new ReadException(path, "permission denied", null, e);
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
