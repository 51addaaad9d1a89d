package org.planscope.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes plain-text bytes: a BOM decides first (UTF-8, UTF-16LE/BE), then strict UTF-8, then
 * UTF-16 without BOM (many NUL bytes), then GB18030 (a superset of GBK and GB2312). Magic bytes
 * are never trusted: a plan may begin with bytes that look like a DOS executable. Statistical
 * detectors misread short GBK texts; a strict UTF-8 check does not.
 */
final class TextDecoder {
  static final Charset GB18030 = Charset.forName("GB18030");

  record Decoded(String text, Charset charset) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE);
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16);
    }
    String gb = strict(bytes, GB18030);
    return new Decoded(gb != null ? gb : new String(bytes, GB18030), GB18030);
  }

  /** True when the bytes decode without a single malformed sequence. */
  static String strict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZeros++;
      }
      if (bytes[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }
}
