package org.planscope.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.text.RunInTitles;
import org.planscope.text.Segmenter;
import org.planscope.text.Token;

/** Small text helpers for headings and sentences. */
final class Headings {
  private static final String TRIM = "：:。.，,；;、 \t\u3000【】〔〕[]";

  private Headings() {}

  /** A node's heading as printed: its head line, or its number and heading when run in. */
  static String printed(OutlineNode n, String t) {
    return n.headingLine() ? n.head().in(t).replace("\n", "") : n.number() + n.heading();
  }

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
    Matcher bracketed = BRACKETED_TITLE.matcher(s);
    if (bracketed.lookingAt()) {
      return bracketed.group(1); // 【优先保障儿童健康】将儿童健康理念融入…
    }
    int end = s.indexOf('。');
    String first = end < 0 ? s : s.substring(0, end);
    Matcher colon = COLON_TITLE.matcher(first);
    if (colon.lookingAt()) {
      return colon.group(1); // 加大妇幼卫生经费投入：逐步增加妇幼卫生经费…
    }
    int gap = RunInTitles.gap(first, false);
    return gap > 0 ? first.substring(0, gap) : first;
  }

  /** A title in black brackets before the text: 【完善儿童健康服务体系】构建…. */
  private static final Pattern BRACKETED_TITLE = Pattern.compile("【([^】。，；：]{4,30})】(?=.)");
  /**
   * A title closed by a colon (the 2011—2020 outlines' 加大妇幼卫生经费投入：逐步增加…): words with
   * no clause mark but one comma and no number, not a label (牵头单位：, 主要目标：, 其中：) nor a
   * lead-in (…，具体包括：).
   */
  private static final Pattern COLON_TITLE = Pattern.compile(
      "(?!(?:牵头|责任|配合|协办|参与|主要|具体|其中|重点|工作|总体|目标|任务|措施)[^：:]{0,4}[：:])"
      + "([^，,；;：:\\d（(]{4,30}(?:[，,][^，,；;：:\\d（(]{4,20})?)(?<!包括|如下|下列|以下)[：:](?=\\S)");

  /**
   * Whether a numbered item's first line, set on a line of its own above its text (（5）加强妇女心理
   * 健康服务 / 强化心理健康教育，…。), is the item's title: short (a wrapped line of a page is
   * longer), no clause or sentence punctuation and no number, no word running on into the next
   * line (HanLP's dictionary words over the line's end), and the next line goes on with words.
   */
  static boolean titleLine(String first, String next, Segmenter words) {
    String f = first.strip();
    String n = next.strip();
    if (f.length() < 4 || f.length() > MAX_TITLE_LINE || n.isEmpty()
        || !(Character.isIdeographic(n.charAt(0)) || "“《".indexOf(n.charAt(0)) >= 0)) {
      return false;
    }
    char last = f.charAt(f.length() - 1);
    if (!Character.isIdeographic(last) && "”》）)".indexOf(last) < 0) {
      return false;
    }
    for (int i = 0; i < f.length(); i++) {
      // a number: a target's first half (…死亡率以2020年为基数 / 下降30%。) cut by a page break
      if ("，,；;：:。！？!?".indexOf(f.charAt(i)) >= 0 || Character.isDigit(f.charAt(i))) {
        return false;
      }
    }
    // last, being the dearest: 儿童乘车安全座椅使用率显 / 著提高。, a word cut by the line's end
    return !wordAcross(f, n, words);
  }

  /** Whether a word runs from the end of {@code f} into the start of {@code n}. */
  private static boolean wordAcross(String f, String n, Segmenter words) {
    String tail = f.substring(Math.max(0, f.length() - 4));
    String joined = tail + n.substring(0, Math.min(4, n.length()));
    for (Token t : words.words(joined)) {
      if (t.start() < tail.length() && t.end() > tail.length()) {
        return true;
      }
    }
    return false;
  }

  /** A title line's length at most: a page's line after its number and indent is longer. */
  private static final int MAX_TITLE_LINE = 20;

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
