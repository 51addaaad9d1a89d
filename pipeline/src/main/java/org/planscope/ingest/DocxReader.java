package org.planscope.ingest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.planscope.format.Msg;
import org.planscope.model.Document;

/**
 * Reads a .docx (WordprocessingML) with StAX, keeping what Tika loses: the real automatic
 * numbering ({@link DocxNumbering} renders it as Word shows it: 一、 / （一） / 1. / （1） / ①), put
 * in front of the paragraph text and into {@link org.planscope.model.Block#label()}. The package
 * is inflated within limits ({@link DocxPackage}), the body read by {@link DocxBody}, the core
 * properties (title, creator, dates) kept as metadata. A zip that holds no Word document is
 * declined (null), for Tika to read.
 *
 * <p>Read: paragraphs, runs ({@code w:t}, tabs, breaks), tables (one block per row, cells joined
 * by tabs), text boxes, content controls, hyperlinks, simple and complex field results, inserted
 * text. Skipped: deleted and moved-away text, hidden runs, field instructions, the fallback copy
 * of alternate content, tables of contents, headers, footers and notes.
 */
public final class DocxReader implements DocumentReader {
  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Override
  public Set<String> supportedTypes() {
    return Set.of("docx");
  }

  @Override
  public Document read(ReadInput in) throws ReadException {
    if (in.format() != Format.OOXML) {
      return null;
    }
    DocxPackage.Parts parts;
    try {
      parts = DocxPackage.parts(in.bytes());
    } catch (DocxPackage.LimitException e) {
      throw new ReadException(in.path(), Msg.ZIP_BOMB.with(e.message()), Msg.DOCX_BOMB.with(), e);
    } catch (IOException e) { // ZipException included: a cut or damaged package
      throw ReadException.corrupt(in.path(), e);
    }
    if (parts == null) {
      return null;
    }
    BlockBuilder blocks = new BlockBuilder();
    Map<String, String> meta;
    try {
      meta = read(parts, blocks);
    } catch (XMLStreamException | RuntimeException e) {
      throw ReadException.corrupt(in.path(), e);
    }
    if (blocks.text().isBlank()) {
      throw new ReadException(in.path(), Msg.NO_TEXT_IN_DOCUMENT.with(), Msg.TEXT_IN_IMAGES.with(),
          null);
    }
    return new Document(in.source(MEDIA_TYPE), blocks.text(), blocks.blocks(), meta);
  }

  /** Reads the package into {@code out}; returns the core properties (title, creator, dates). */
  static Map<String, String> read(DocxPackage.Parts parts, BlockBuilder out)
      throws XMLStreamException {
    DocxNumbering numbering = new DocxNumbering();
    if (parts.styles() != null) {
      numbering.readStyles(parts.styles());
    }
    if (parts.numbering() != null) {
      numbering.readNumbering(parts.numbering());
    }
    Map<String, String> meta = parts.core() == null ? Map.of() : readCore(parts.core());
    new DocxBody(numbering, out).read(parts.document());
    return meta;
  }

  private static Map<String, String> readCore(byte[] xml) throws XMLStreamException {
    Map<String, String> metadata = new LinkedHashMap<>();
    XMLStreamReader x = Stax.reader(xml);
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT) {
          String prefix = x.getPrefix() == null || x.getPrefix().isEmpty() ? "" : x.getPrefix() + ":";
          String name = prefix + x.getLocalName();
          if (!name.equals("cp:coreProperties")) {
            String value = x.getElementText().strip();
            if (!value.isEmpty()) {
              metadata.put(name, value);
            }
          }
        }
      }
    } finally {
      x.close();
    }
    return metadata;
  }
}
