package org.planscope.format;

/**
 * Terminal column widths: a CJK character, full-width form or emoji takes two columns, others
 * one, so a table of Chinese names lines up ({@code 鹿寨县} is 6 columns wide, {@code abc} 3).
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  public static int of(String s) {
    if (s == null) {
      return 0;
    }
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /** {@code s} padded with spaces on the right to {@code width} columns. */
  public static String padRight(String s, int width) {
    String t = s == null ? "" : s;
    int pad = width - of(t);
    return pad <= 0 ? t : t + " ".repeat(pad);
  }

  /** {@code s} padded with spaces on the left to {@code width} columns (numbers). */
  public static String padLeft(String s, int width) {
    String t = s == null ? "" : s;
    int pad = width - of(t);
    return pad <= 0 ? t : " ".repeat(pad) + t;
  }

  /** At most {@code width} columns of {@code s}, with … when cut. */
  public static String truncate(String s, int width) {
    if (s == null) {
      return "";
    }
    String one = s.replace('\n', ' ');
    if (of(one) <= width) {
      return one;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < one.length(); ) {
      int cp = one.codePointAt(i);
      int cw = wide(cp) ? 2 : 1;
      if (w + cw > width - 1) {
        break;
      }
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }

  static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
