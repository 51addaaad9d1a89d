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

  /** The first sentence, up to its 。 (exclusive), line breaks removed; the whole text if none. */
  static String firstSentence(String text) {
    String s = text.replace("\n", "").strip();
    int end = s.indexOf('。');
    return end < 0 ? s : s.substring(0, end);
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
