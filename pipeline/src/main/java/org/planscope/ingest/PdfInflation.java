package org.planscope.ingest;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.planscope.format.Message;
import org.planscope.format.Msg;

/**
 * Measures what the Flate-compressed streams of a PDF inflate to, before PDFBox decodes (and
 * keeps) them: a few hundred kilobytes of zeros can inflate to gigabytes. Every {@code stream}
 * keyword's data is run through a bounded inflater whose output is counted and dropped, so the
 * check needs constant memory. Data that is not zlib (JPEG, CCITT, raw) is skipped at its first
 * bytes.
 */
final class PdfInflation {
  /** No stream may inflate to more than this. */
  static final long MAX_STREAM = 128L << 20;
  /** A stream above this size may inflate at most {@link #MAX_RATIO} times its packed size. */
  static final long RATIO_FLOOR = 16L << 20;
  static final int MAX_RATIO = 100;
  /** All streams of one file together. */
  static final long MAX_TOTAL = 512L << 20;

  private PdfInflation() {}

  /** Null when the file is within the limits, else why it is not. */
  static Message check(byte[] pdf) {
    return check(pdf, MAX_STREAM, RATIO_FLOOR, MAX_RATIO, MAX_TOTAL);
  }

  static Message check(byte[] pdf, long maxStream, long ratioFloor, int maxRatio, long maxTotal) {
    long total = 0;
    byte[] sink = new byte[64 * 1024];
    Inflater inflater = new Inflater();
    try {
      for (int i = indexOf(pdf, STREAM, 0); i >= 0; i = indexOf(pdf, STREAM, i + 1)) {
        int start = i + STREAM.length;
        if (start < pdf.length && pdf[start] == '\r') {
          start++;
        }
        if (start >= pdf.length || pdf[start] != '\n' || (i > 0 && pdf[i - 1] == 'd')) {
          continue; // "endstream", or the word inside other text
        }
        start++;
        int end = indexOf(pdf, ENDSTREAM, start);
        int packed = (end < 0 ? pdf.length : end) - start;
        inflater.reset();
        inflater.setInput(pdf, start, packed);
        long size = 0;
        try {
          while (!inflater.finished() && !inflater.needsInput()) {
            int n = inflater.inflate(sink);
            if (n == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
              break;
            }
            size += n;
            if (size > maxStream) {
              return Msg.STREAM_TOO_LARGE.with(maxStream >> 20);
            }
            if (size > ratioFloor && size > (long) maxRatio * packed) {
              return Msg.STREAM_RATIO.with(kb(packed), maxRatio);
            }
            if (total + size > maxTotal) {
              return Msg.STREAMS_TOO_LARGE.with(maxTotal >> 20);
            }
          }
        } catch (DataFormatException e) {
          // not Flate data, or damaged: PDFBox reports what it cannot read
        }
        total += size;
        if (end > 0) {
          i = end;
        }
      }
    } finally {
      inflater.end();
    }
    return null;
  }

  private static Message kb(int bytes) {
    return bytes >= 1024 ? Msg.KILOBYTES.with(bytes / 1024) : Msg.BYTES.with(bytes);
  }

  private static final byte[] STREAM = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] ENDSTREAM =
      "endstream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static int indexOf(byte[] b, byte[] s, int from) {
    outer:
    for (int i = Math.max(0, from); i <= b.length - s.length; i++) {
      for (int j = 0; j < s.length; j++) {
        if (b[i + j] != s[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
