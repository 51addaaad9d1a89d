package org.planscope.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.planscope.format.Message;
import org.planscope.format.Msg;

/**
 * The parts of a .docx package that {@link DocxReader} needs, inflated within limits: a zip bomb
 * is refused before it can fill the memory or keep a core busy.
 */
final class DocxPackage {
  static final int MAX_TOTAL_MB = 256;
  private static final long MAX_TOTAL = (long) MAX_TOTAL_MB << 20;
  static final int MAX_RATIO = 100;
  private static final long RATIO_FLOOR = 1L << 20;

  /** The parts of the package this reader needs, by name. */
  record Parts(byte[] document, byte[] styles, byte[] numbering, byte[] core) {}

  private DocxPackage() {}

  /**
   * The package's parts, or null when the bytes are a zip without a Word main document. Every
   * entry is inflated through a bounded loop, the ones not needed discarded: more than {@value
   * #MAX_TOTAL_MB} MB in all, or an entry of more than a megabyte that inflates more than
   * {@value #MAX_RATIO} times (real WordprocessingML inflates 5–20 times), is refused as a
   * {@link LimitException} before it can fill the memory or keep a core busy.
   */
  static Parts parts(byte[] zip) throws IOException {
    return parts(zip, MAX_TOTAL);
  }

  static Parts parts(byte[] zip, long maxTotal) throws IOException {
    byte[] document = null;
    byte[] styles = null;
    byte[] numbering = null;
    byte[] core = null;
    CountingStream raw = new CountingStream(zip);
    long[] total = {0};
    try (ZipInputStream in = new ZipInputStream(raw)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        boolean keep = switch (e.getName()) {
          case "word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml"
              -> true;
          default -> false;
        };
        byte[] data = readEntry(in, e.getName(), raw, total, maxTotal, keep);
        switch (e.getName()) {
          case "word/document.xml" -> document = data;
          case "word/styles.xml" -> styles = data;
          case "word/numbering.xml" -> numbering = data;
          case "docProps/core.xml" -> core = data;
          default -> {}
        }
      }
    }
    return document == null ? null : new Parts(document, styles, numbering, core);
  }

  /** A package that inflates beyond the limits: a zip bomb, or no plan. */
  static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    LimitException(Message message) {
      super(message.toString());
      this.message = message;
    }

    Message message() {
      return message;
    }
  }

  private static byte[] readEntry(InputStream in, String name, CountingStream raw, long[] total,
      long maxTotal, boolean keep) throws IOException {
    ByteArrayOutputStream b = keep ? new ByteArrayOutputStream() : null;
    byte[] buf = new byte[65536];
    long startRaw = raw.position();
    long size = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      size += n;
      total[0] += n;
      if (total[0] > maxTotal) {
        throw new LimitException(Msg.PACKAGE_TOO_LARGE.with(maxTotal >> 20));
      }
      // the raw position runs ahead by at most the inflater's 512-byte buffer
      long packed = Math.max(1, raw.position() - startRaw);
      if (size > RATIO_FLOOR && size > MAX_RATIO * packed) {
        throw new LimitException(Msg.PART_RATIO.with(name, MAX_RATIO));
      }
      if (b != null) {
        b.write(buf, 0, n);
      }
    }
    return b == null ? null : b.toByteArray();
  }

  /** A byte-array stream that tells how far it has been read. */
  private static final class CountingStream extends ByteArrayInputStream {
    CountingStream(byte[] bytes) {
      super(bytes);
    }

    long position() {
      return pos;
    }
  }
}
