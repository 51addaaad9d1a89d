package org.planscope.text;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional characters to simplified, with HanLP's own converter ({@code 婦女發展綱要} →
 * {@code 妇女发展纲要}), for documents written or reposted in traditional characters. The
 * conversion keeps every line's length, so offsets into the source stay exact: a line whose
 * conversion would change its length is converted character by character.
 */
final class Simplifier {
  /**
   * Characters that only traditional text uses and that plans use often: a document with
   * {@link #MIN_HITS} of them is converted; others are left alone (and HanLP's dictionary is
   * never loaded for them).
   */
  private static final String TRADITIONAL_ONLY =
      "與發規劃婦兒達標體務會為國區縣關實衛護醫療產導設權環經濟質預險據極進們個這時動應過現學義";
  private static final int MIN_HITS = 3;

  private Simplifier() {}

  /** Whether a text is written in traditional characters. */
  static boolean isTraditional(CharSequence s) {
    return hits(s, MIN_HITS) >= MIN_HITS;
  }

  /** The number of traditional-only characters in a text, counting up to {@code max}. */
  static int hits(CharSequence s, int max) {
    int hits = 0;
    for (int i = 0; i < s.length() && hits < max; i++) {
      if (TRADITIONAL_ONLY.indexOf(s.charAt(i)) >= 0) {
        hits++;
      }
    }
    return hits;
  }

  /**
   * A simplified text with a few traditional characters from a repost (達(dá)到): only those
   * characters are converted, the rest is left as written.
   */
  static String simplifyStray(String line) {
    if (hits(line, 1) == 0) {
      return line;
    }
    StringBuilder b = new StringBuilder(line);
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (TRADITIONAL_ONLY.indexOf(c) >= 0) {
        String one = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        if (one.length() == 1) {
          b.setCharAt(i, one.charAt(0));
        }
      }
    }
    return b.toString();
  }

  /** The simplified form of a line, of the same length. */
  static String simplify(String line) {
    String s = HanLP.convertToSimplifiedChinese(line);
    if (s.length() == line.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      String one = Character.isSurrogate(c) ? String.valueOf(c)
          : HanLP.convertToSimplifiedChinese(String.valueOf(c));
      b.append(one.length() == 1 ? one.charAt(0) : c);
    }
    return b.toString();
  }
}
