package org.planscope.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.planscope.format.Message;
import org.planscope.format.Msg;

/**
 * Decodes plain-text bytes: a BOM decides first (UTF-8, UTF-16LE/BE), then strict UTF-8, then
 * UTF-16 without BOM (many NUL bytes), then UTF-8 with a rare broken sequence (a truncated file),
 * then strict GB18030 (a superset of GBK and GB2312), then UTF-16 without BOM and without ASCII.
 * Magic bytes are never trusted: a plan may begin with bytes that look like a DOS executable.
 * Statistical detectors misread short GBK texts (Tika takes a 10-character GBK text for
 * KOI8-R); strict decoding does not, because GBK's lead bytes 0x81–0xFE followed by a trail byte
 * almost never form valid UTF-8.
 */
final class TextDecoder {
  static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * @param problem why the text cannot be trusted (two encodings mixed), or null
   */
  record Decoded(String text, Charset charset, Message problem) {
    Decoded(String text, Charset charset) {
      this(text, charset, null);
    }
  }

  private TextDecoder() {}

  /**
   * Decodes the whole document (never a prefix: a page whose first kilobytes are ASCII may be
   * UTF-8 or GBK further on). A UTF-8 byte-order mark whose text is not UTF-8 is not believed;
   * a text whose non-ASCII bytes are partly UTF-8 and partly not (two files pasted together) is
   * decoded as well as it can be, with a {@code problem}.
   */
  static Decoded decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      byte[] rest = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
      if (strict(rest, StandardCharsets.UTF_8) != null || mostlyUtf8(rest)) {
        return new Decoded(new String(rest, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      }
      Decoded d = decode(rest); // the mark lies (an editor added it to GBK bytes)
      return d;
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
    if (mostlyUtf8(bytes)) {
      // a UTF-8 file cut short inside a character, or with a stray byte: not GB18030
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    double utf8Share = utf8Share(bytes);
    if (utf8Share > MIXED_SHARE && utf8Share * bytes.length > MIXED_MIN_BYTES) {
      // many valid UTF-8 sequences, and many bytes that are not: two encodings in one file
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
          Msg.MIXED_ENCODINGS.with(Math.round(utf8Share * 100)));
    }
    String gb = strict(bytes, GB18030);
    if (gb != null) {
      return new Decoded(gb, GB18030);
    }
    // UTF-16 without BOM and without ASCII has no NUL bytes; it decodes as a stream of valid
    // characters far more often than GB18030 does
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      String u = (bytes.length & 1) == 0 ? strict(bytes, cs) : null;
      if (u != null && plausible(u) > 0.9) {
        return new Decoded(u, cs);
      }
    }
    return new Decoded(new String(bytes, GB18030), GB18030);
  }

  /**
   * GBK text forms a three-byte UTF-8 sequence (a CJK character's shape) in about 2% of its
   * non-ASCII bytes by chance; a fifth is a UTF-8 part.
   */
  static final double MIXED_SHARE = 0.20;
  /** A short GBK text may reach that share by chance: a UTF-8 part has a few dozen characters. */
  static final int MIXED_MIN_BYTES = 60;

  /** The share of non-ASCII bytes in well-formed three- and four-byte UTF-8 sequences. */
  static double utf8Share(byte[] bytes) {
    long nonAscii = 0;
    long inUtf8 = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need = b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      int j = 1;
      while (need > 0 && j <= need && i + j < bytes.length && (bytes[i + j] & 0xC0) == 0x80) {
        j++;
      }
      if (need > 0 && j == need + 1) {
        nonAscii += need + 1;
        inUtf8 += need + 1;
        i += need + 1;
      } else {
        nonAscii++;
        i++;
      }
    }
    return nonAscii == 0 ? 0 : inUtf8 / (double) nonAscii;
  }

  /**
   * True when at most one in a thousand bytes (and at least one multi-byte sequence per error)
   * breaks UTF-8: a file truncated mid-character, or one stray byte in a UTF-8 text.
   */
  static boolean mostlyUtf8(byte[] bytes) {
    int errors = 0;
    int multi = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
          : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      if (need < 0) {
        errors++;
        i++;
        continue;
      }
      int j = 1;
      while (j <= need && i + j < bytes.length && (bytes[i + j] & 0xC0) == 0x80) {
        j++;
      }
      if (j <= need) {
        errors++;
        i += j;
        continue;
      }
      if (need > 0) {
        multi++;
      }
      i += need + 1;
    }
    return errors > 0 && errors <= Math.max(1, bytes.length / 1000) && multi >= 10 * errors;
  }

  /**
   * True when more than one character in a hundred (and more than one in all) is a control
   * character other than tab, line feed, vertical tab, form feed, carriage return and the old
   * end-of-file mark: binary data. Random bytes give about 12%, whatever the charset they are
   * decoded with; a real text with a stray control character far below 1%. Replacement
   * characters are not counted: a UTF-8 file cut inside a character has one.
   */
  static boolean binary(String s) {
    int bad = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && !(c >= 0x09 && c <= 0x0D) && c != 0x1A) || c == 0x7F) {
        bad++;
      }
    }
    return bad > 1 && bad * 100L > s.length();
  }

  /** The share of characters that are common in Chinese plans: CJK, ASCII, CJK punctuation. */
  static double plausible(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    int ok = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
          || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F)
          || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027)) {
        ok++;
      }
    }
    return ok / (double) s.length();
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
