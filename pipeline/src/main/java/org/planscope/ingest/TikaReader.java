package org.planscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.detect.EncodingDetector;
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
import org.planscope.format.Msg;
import org.planscope.model.Block;
import org.planscope.model.Document;
import org.xml.sax.SAXException;

/**
 * PDF, HTML, RTF and .doc (and a .docx that {@link DocxReader} declined) through Tika's parser for
 * the format, its XHTML turned into blocks by {@link ParagraphHandler} (web page furniture dropped,
 * PDF pages marked, RTF list numbers restored from {@link RtfListLabels}, a .doc's automatic
 * numbers put back in Word's numerals by {@link DocListLabels}: Tika prints 一、 as 1、). A PDF
 * whose text layer is blank is returned blank, for {@link OcrReader} to recognise.
 *
 * <p>Thread-safe: Tika's parsers are stateless and each is created once, on first use, so a PDF
 * or web page pays only for its own parser's start-up.
 */
public final class TikaReader implements DocumentReader {
  private static final Set<String> TYPES = Set.of("docx", "doc", "pdf", "html", "htm", "xhtml",
      "rtf");

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

  private final Map<Format, Parser> parsers = new EnumMap<>(Format.class);

  @Override
  public Set<String> supportedTypes() {
    return TYPES;
  }

  @Override
  public Document read(ReadInput in) throws ReadException {
    Path path = in.path();
    BlockBuilder blocks = new BlockBuilder();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, FileBytes.fileName(path));
    ParseContext context = new ParseContext();
    // keep every element and its id/class, so page furniture can be recognised
    context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
    if (in.format() == Format.HTML) {
      Charset cs = htmlCharset(path, in.bytes());
      context.set(EncodingDetector.class, (stream, md) -> cs);
    }
    try (InputStream stream = TikaInputStream.get(in.bytes())) {
      ParagraphHandler handler = new ParagraphHandler(blocks, in.format() == Format.PDF,
          in.format() == Format.HTML || in.format() == Format.OTHER,
          in.format() == Format.RTF ? RtfListLabels.of(in.bytes())
              : in.format() == Format.OLE2 ? DocListLabels.of(in.bytes()) : null);
      parser(in.format()).parse(stream, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw ReadException.passwordProtected(path, e);
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      throw ReadException.corrupt(path, e);
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    boolean isPdf = type != null && type.startsWith("application/pdf");
    if (blocks.text().isBlank() && !isPdf) {
      throw new ReadException(path, Msg.NO_TEXT.with(), Msg.TEXT_IN_IMAGES.with(), null);
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      meta.put(name, metadata.get(name));
    }
    if (isPdf) { // the paragraphs' first-line indents, which the text layer leaves out
      PdfIndents.Result r = layout(in.bytes(), blocks.text(), blocks.blocks());
      return new Document(in.source(type), r.text(), r.blocks(), meta);
    }
    return new Document(in.source(type == null ? "application/octet-stream" : type),
        blocks.text(), blocks.blocks(), meta);
  }

  /**
   * What a PDF's text layer leaves out, read with PDFBox from one load of the file: paragraph
   * indents ({@link PdfIndents}) and ruled tables ({@link PdfTables}); Tika's text as it is when
   * PDFBox cannot load the file.
   */
  private static PdfIndents.Result layout(byte[] bytes, String text, List<Block> blocks) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PdfIndents.Result r = PdfIndents.apply(pdf, text, blocks);
      return PdfTables.apply(pdf, r.text(), r.blocks());
    } catch (IOException | RuntimeException e) {
      return new PdfIndents.Result(text, blocks);
    }
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
      throw ReadException.mixedEncodings(path, d);
    }
    return d.charset();
  }

  private Parser parser(Format format) {
    synchronized (parsers) {
      return parsers.computeIfAbsent(format, f -> switch (f) {
        case PDF -> new PDFParser();
        case RTF -> new RTFParser();
        case OLE2 -> new OfficeParser();
        case OOXML -> new OOXMLParser();
        case HTML -> new JSoupParser();
        case TEXT, OTHER -> new AutoDetectParser();
      });
    }
  }

  /** Whether any Tika parser has been built (tests check that text and .docx need none). */
  boolean started() {
    synchronized (parsers) {
      return !parsers.isEmpty();
    }
  }
}
