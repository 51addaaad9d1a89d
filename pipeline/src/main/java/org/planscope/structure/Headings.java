package org.planscope.structure;

/** Small text helpers for headings and sentences. */
final class Headings {
  private static final String TRIM = "：:。.，,；;、 \t\u3000【】〔〕[]";

  private Headings() {}

  /** A heading without spaces and without leading or trailing punctuation: 前  言： → 前言. */
  static String bare(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000') {
        b.append(c);
      }
    }
    int lo = 0;
    int hi = b.length();
    while (lo < hi && TRIM.indexOf(b.charAt(lo)) >= 0) {
      lo++;
    }
    while (hi > lo && TRIM.indexOf(b.charAt(hi - 1)) >= 0) {
      hi--;
    }
    return b.substring(lo, hi);
  }

  /**
   * The first sentence, up to its 。 (exclusive), line breaks removed; the whole text if none. A
   * run-in title set apart by a space (完善妇女健康服务体系 加强妇幼保健机构建设…, as a bold title
   * without its 。 is read) is the first sentence.
   */
  static String firstSentence(String text) {
    String s = text.replace("\n", "").strip();
    int end = s.indexOf('。');
    String first = end < 0 ? s : s.substring(0, end);
    int gap = runInTitleGap(first);
    return gap > 0 ? first.substring(0, gap) : first;
  }

  private static final int MAX_RUN_IN_TITLE = 40;

  /** Where a run-in title ends at the text's first space, or -1 (a stray space, 70% 以上). */
  private static int runInTitleGap(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\u3000') {
      i++;
    }
    int next = i;
    while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '\u3000')) {
      next++;
    }
    if (i < 2 || i > MAX_RUN_IN_TITLE || next >= s.length()
        || !Character.isIdeographic(s.charAt(i - 1)) || !Character.isIdeographic(s.charAt(next))) {
      return -1;
    }
    for (int k = 0; k < i; k++) {
      if ("，,、；;：:%％（(".indexOf(s.charAt(k)) >= 0 || Character.isDigit(s.charAt(k))) {
        return -1;
      }
    }
    return i;
  }

  /** Index of the first sentence end (。！？ or a colon) in s, or -1. */
  static int headEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '：' || c == ':') {
        return i;
      }
    }
    return -1;
  }
}
