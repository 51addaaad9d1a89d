package org.planscope.ingest;

import java.io.IOException;
import java.util.Set;
import org.planscope.format.Msg;
import org.planscope.model.Document;

/**
 * A decorator that recognises the text of a PDF without a text layer (a scan) with {@link Ocr}:
 * the document it returns names the engine ({@link Document#ocrEngine()}). Anything else passes
 * through as the wrapped reader read it.
 */
public final class OcrReader implements DocumentReader {
  /** A PDF with fewer visible characters than this per page has no real text layer. */
  private static final int MIN_CHARS_PER_PAGE = 16;

  private final DocumentReader delegate;
  private final Ocr ocr;

  public OcrReader(DocumentReader delegate, Ocr ocr) {
    this.delegate = delegate;
    this.ocr = ocr;
  }

  @Override
  public Set<String> supportedTypes() {
    return delegate.supportedTypes();
  }

  @Override
  public Document read(ReadInput in) throws ReadException {
    Document doc = delegate.read(in);
    if (doc == null || !doc.source().mediaType().startsWith("application/pdf")
        || !withoutTextLayer(doc)) {
      return doc;
    }
    BlockBuilder recognised = recognise(in, doc.text().isBlank());
    if (recognised != null) {
      doc = doc.recognisedBy(Ocr.engine(), recognised.text(), recognised.blocks());
    }
    if (doc.text().isBlank()) {
      throw new ReadException(in.path(), Msg.NO_TEXT.with(), Msg.TEXT_IN_IMAGES.with(), null);
    }
    return doc;
  }

  /** Blank, or fewer than {@value #MIN_CHARS_PER_PAGE} visible characters a page: a scan. */
  private static boolean withoutTextLayer(Document doc) {
    int pages = 1;
    try {
      String n = doc.metadata().get("xmpTPg:NPages");
      pages = n == null ? 1 : Math.max(1, Integer.parseInt(n.strip()));
    } catch (NumberFormatException e) {
      // one page, then
    }
    long visible = doc.text().codePoints()
        .filter(c -> !Character.isWhitespace(c) && c != 0x3000).count();
    return visible < (long) MIN_CHARS_PER_PAGE * pages;
  }

  /**
   * The PDF's text from OCR; null when the text layer, sparse but not blank, has to do (no OCR
   * here, or OCR found less).
   */
  private BlockBuilder recognise(ReadInput in, boolean blank) throws ReadException {
    if (!ocr.available()) {
      if (blank) {
        throw new ReadException(in.path(), Msg.SCAN_WITHOUT_TEXT.with(), ocr.missing().orElse(null), null);
      }
      return null;
    }
    BlockBuilder out = new BlockBuilder();
    try {
      ocr.recognise(in.bytes(), out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReadException(in.path(), Msg.OCR_INTERRUPTED.with(), null, e);
    } catch (IOException | RuntimeException e) {
      throw new ReadException(in.path(), Msg.OCR_FAILED.with(ReadException.rootMessage(e)),
          Msg.CHECK_TESSERACT.with(), e);
    }
    if (out.text().isBlank()) {
      if (blank) {
        throw new ReadException(in.path(), Msg.OCR_FOUND_NO_TEXT.with(), Msg.BLANK_PAGES.with(),
            null);
      }
      return null;
    }
    return out;
  }
}
