package org.planscope.ingest;

/**
 * Limits and OCR for {@link CompositeReader}.
 *
 * <p>Defaults, measured on the build machine: a real plan is 20,000–100,000 characters in a file
 * of 60 KB (text) to a few MB (.docx, .pdf; a scanned PDF tens of MB). A 50 MB text file (17
 * million characters, the corpus repeated) did go through {@code extract} in 45 s, but took 3.5 GB
 * of memory and wrote a 97 MB plan JSON; several at once on all cores would exhaust the heap. So
 * files up to {@value #DEFAULT_MAX_MB} MB are read, and a text longer than {@value
 * #DEFAULT_MAX_CHARS} characters (20 times the longest plan seen, about 6 MB of UTF-8 Chinese) is
 * refused with a clear message in well under a second.
 *
 * @param maxBytes files larger than this are refused before they are read
 * @param maxChars documents whose text is longer than this are refused
 * @param ocr how a PDF without a text layer is recognised (or not)
 */
public record ReadOptions(long maxBytes, int maxChars, Ocr ocr) {
  public static final int DEFAULT_MAX_MB = 64;
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  public ReadOptions {
    if (maxBytes < 1 || maxChars < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (ocr == null) {
      ocr = Ocr.none();
    }
  }

  /** The default limits, OCR with Tesseract when it is installed. */
  public static ReadOptions defaults() {
    return new ReadOptions((long) DEFAULT_MAX_MB << 20, DEFAULT_MAX_CHARS, Ocr.tesseract());
  }

  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes, maxChars, ocr);
  }

  public ReadOptions withMaxChars(int chars) {
    return new ReadOptions(maxBytes, chars, ocr);
  }

  public ReadOptions withOcr(Ocr o) {
    return new ReadOptions(maxBytes, maxChars, o);
  }
}
