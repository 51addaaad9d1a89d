package org.planscope.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.planscope.format.Message;
import org.planscope.format.Msg;
import org.planscope.model.Block;
import org.planscope.model.Document;

/**
 * Reads a plan file into a {@link Document}: Tika's {@code CompositeParser} idea. It owns what
 * every format shares, and hands the file to the first of its {@link DocumentReader}s that
 * supports the type and takes it:
 *
 * <ul>
 *   <li>the type: a file's extension must be one a reader supports;
 *   <li>the limits ({@link ReadOptions}): the file's size before it is read, the text's length
 *       after;
 *   <li>type sniffing ({@link Sniffer}): content that cannot be what the extension says is
 *       refused with a message naming what it is (binary data under a text name, a web page saved
 *       as .pdf, a PDF cut short, an encrypted Office package), and a PDF that inflates like a
 *       compression bomb ({@link PdfInflation});
 *   <li>dispatch, in order: {@link PlainTextReader}, {@link DocxReader} (a package that is not a
 *       Word document goes on to Tika), and {@link TikaReader} decorated by {@link OcrReader}.
 * </ul>
 *
 * <p>Thread-safe; plain text and .docx never start Tika.
 */
public final class CompositeReader {
  /** File name extensions the default readers accept (lower case, without dot). */
  public static final Set<String> SUPPORTED =
      Set.of("txt", "text", "md", "markdown", "docx", "doc", "pdf", "html", "htm", "xhtml", "rtf");

  private final ReadOptions options;
  private final List<DocumentReader> readers;
  private final Set<String> supported;
  private final TikaReader tika;

  /** The default readers, the default limits, OCR through Tesseract when it is installed. */
  public CompositeReader() {
    this(ReadOptions.defaults());
  }

  /** The default readers under these limits and OCR. */
  public CompositeReader(ReadOptions options) {
    this(options, new TikaReader());
  }

  private CompositeReader(ReadOptions options, TikaReader tika) {
    this(options, List.of(new PlainTextReader(), new DocxReader(),
        new OcrReader(tika, options.ocr())), tika);
  }

  /** These readers, asked in order, under these limits. */
  public CompositeReader(ReadOptions options, List<DocumentReader> readers) {
    this(options, readers, null);
  }

  private CompositeReader(ReadOptions options, List<DocumentReader> readers, TikaReader tika) {
    this.options = options;
    this.readers = List.copyOf(readers);
    this.tika = tika;
    Set<String> types = new TreeSet<>();
    readers.forEach(r -> types.addAll(r.supportedTypes()));
    this.supported = Set.copyOf(types);
  }

  public ReadOptions options() {
    return options;
  }

  /** The types this reader's readers support (lower-case extensions). */
  public Set<String> supportedTypes() {
    return supported;
  }

  /** Reads one file. */
  public Document read(Path path) throws ReadException {
    String type = FileBytes.extension(path);
    if (!supported.contains(type)) {
      throw new ReadException(path, type.isEmpty() ? Msg.UNSUPPORTED_NO_EXTENSION.with()
          : Msg.UNSUPPORTED_TYPE.with(type),
          Msg.SUPPORTED.with(String.join(", ", new TreeSet<>(supported))), null);
    }
    byte[] bytes = FileBytes.readBytes(path, options.maxBytes());
    if (bytes.length == 0) {
      throw new ReadException(path, Msg.EMPTY_FILE.with(), Msg.SAVED_COMPLETELY.with(), null);
    }
    Format format = Sniffer.sniff(bytes, type);
    if (format != Format.TEXT) {
      Sniffer.checkContent(path, type, format, bytes);
    }
    if (format == Format.PDF) {
      Message bomb = PdfInflation.check(bytes);
      if (bomb != null) {
        throw new ReadException(path, Msg.COMPRESSION_BOMB.with(bomb), Msg.PDF_BOMB.with(), null);
      }
    }
    Document doc = dispatch(new ReadInput(path, type, bytes, FileBytes.sha256(bytes), format));
    checkLength(path, doc.text().length());
    return doc;
  }

  private Document dispatch(ReadInput in) throws ReadException {
    for (DocumentReader r : readers) {
      if (r.supportedTypes().contains(in.type())) {
        Document doc = r.read(in);
        if (doc != null) {
          if (doc.text().isBlank()) {
            throw new ReadException(in.path(), Msg.NO_TEXT.with(), Msg.TEXT_IN_IMAGES.with(), null);
          }
          // a table typed with tabs in a word processor's paragraphs is a table in any format
          List<Block> blocks = BlockBuilder.tabTables(doc.text(), doc.blocks());
          return blocks.equals(doc.blocks()) ? doc : new Document(doc.source(), doc.text(), blocks,
              doc.metadata(), doc.ocrEngine());
        }
      }
    }
    throw new ReadException(in.path(), Msg.NO_READER.with(in.type()), Msg.ANOTHER_TYPE.with(), null);
  }

  private void checkLength(Path path, int chars) throws ReadException {
    if (chars > options.maxChars()) {
      throw new ReadException(path, Msg.TEXT_TOO_LONG.with(chars, options.maxChars()),
          Msg.RAISE_MAX_CHARS.with(), null);
    }
  }

  /** The sha256 of a file's bytes, read as a stream (whatever its size). */
  public static String sha256(Path file) throws IOException {
    return FileBytes.sha256(file);
  }

  /** Whether any Tika parser has been built (tests check that text and .docx need none). */
  boolean tikaStarted() {
    return tika != null && tika.started();
  }
}
