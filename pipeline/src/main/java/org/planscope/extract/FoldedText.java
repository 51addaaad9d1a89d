package org.planscope.extract;

import java.util.Arrays;
import org.planscope.model.Span;
import org.planscope.text.ChineseNumber;
import org.planscope.text.RunInTitles;

/**
 * An item's text as the target grammar reads it: whitespace dropped and width folded ({@code 8/10
 * 万} → {@code 8/10万}, {@code ２０２５％} → {@code 2025%}, {@code 1∶1000} → {@code 1:1000}), with
 * each character's offset in the original text so that values are reported as printed and spans
 * point into the source.
 */
final class FoldedText {
  final String original;
  /** The folded text. */
  final String s;
  /** The same characters as {@link #s}, unfolded: for indicator names as printed. */
  final String d;
  final int[] origin;
  /** Where a title line ends (its line break) in the original text, or -1. */
  private final int titleLineEnd;

  private FoldedText(String original, String s, String d, int[] origin, int titleLineEnd) {
    this.original = original;
    this.s = s;
    this.d = d;
    this.origin = origin;
    this.titleLineEnd = titleLineEnd;
  }

  static FoldedText of(String text) {
    return of(text, -1);
  }

  /**
   * @param titleLineEnd where the item's title line ends (推进紧密型县域医共体建设⏎组建两个……), or -1:
   *     the structure stage tells a heading from a sentence wrapped over two lines
   */
  static FoldedText of(String text, int titleLineEnd) {
    StringBuilder b = new StringBuilder(text.length());
    StringBuilder d = new StringBuilder(text.length());
    int[] origin = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
        continue;
      }
      // ∶ reads as a colon: 1∶1000; a circled number (①, NFKC 1) is an enumerator, no digit
      b.append(c >= '①' && c <= '⑳' ? c : org.planscope.lexicon.Fold.width(c));
      d.append(c);
      origin[n++] = i;
    }
    // 二〇二五年 reads as 2025年 (as many characters: the offsets hold)
    return new FoldedText(text, ChineseNumber.arabicYears(b.toString()), d.toString(),
        Arrays.copyOf(origin, n), titleLineEnd);
  }

  /**
   * Where the text goes on after its title line, or after a run-in title set apart by the
   * ideographic space ({@link RunInTitles}: 完善妇女健康服务体系　加强…, a bold title as the readers
   * write it), in folded characters; -1 when there is none.
   */
  int runInTitleEnd() {
    int gap = titleLineEnd > 0 ? titleLineEnd - 1 : RunInTitles.gap(original, true);
    if (gap < 0) {
      return -1;
    }
    for (int i = 0; i < origin.length; i++) {
      if (origin[i] > gap) {
        return i;
      }
    }
    return -1;
  }

  /** The original text of folded {@code [from, to)}. */
  String raw(int from, int to) {
    return to <= from ? "" : original.substring(origin[from], origin[to - 1] + 1);
  }

  /** Folded {@code [from, to)} as a span of the original text, offset by {@code base}. */
  Span span(int from, int to, int base) {
    return to <= from ? new Span(base, base)
        : new Span(base + origin[from], base + origin[to - 1] + 1);
  }

  /** Marks characters inside “…” / "…" / 「…」, where numbers name things (“15分钟生活圈”). */
  static boolean[] quotes(String s) {
    boolean[] q = new boolean[s.length() + 1];
    boolean in = false;
    boolean ascii = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '「' || c == '‘') {
        in = true;
      } else if (c == '”' || c == '」' || c == '’') {
        in = false;
      } else if (c == '"') {
        ascii = !ascii;
      }
      q[i] = in || ascii;
    }
    return q;
  }
}
