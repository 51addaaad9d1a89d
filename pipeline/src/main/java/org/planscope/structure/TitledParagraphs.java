package org.planscope.structure;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Span;

/**
 * A measure list without numbers whose measures open with a title sentence (保障孕产妇安全分娩。完善
 * 医疗机构产科质量……): a paragraph that opens with no title is the measure above going on, not a
 * measure of its own. Where the numbers were printed, such a paragraph sits under its number's
 * item; a repost that lost them (Word's list numbers are not text) shows only the paragraphs.
 *
 * <p>A title sentence is short and has no clause punctuation: a verb and its object, with at most
 * an enumeration comma (有效预防和严厉惩处强奸、猥亵……的违法犯罪行为). The list's measures are titled
 * when at least three of them and half of all its paragraphs open with a title sentence and go on
 * after it; a list of plain sentences (加强宣传。/ 完善机制，健全……。) is left as it is.
 */
final class TitledParagraphs {
  private TitledParagraphs() {}

  /** A title sentence is at most this long: longer, it is the measure's text. */
  static final int MAX_TITLE = 45;

  /** The items with each bare title's next paragraph joined to it as its text. */
  static List<OutlineNode> join(String t, List<OutlineNode> items) {
    return join(t, items, (char) 0);
  }

  /**
   * The same, for a list already known to be titled with {@code mark} (】 or ：): each paragraph
   * without such a title, a numbered point （1） among them, goes on the measure above.
   */
  static List<OutlineNode> join(String t, List<OutlineNode> items, char known) {
    if (known != 0) {
      return joined(t, items, known);
    }
    int titledWithText = 0;
    for (OutlineNode n : items) {
      int end = titleEnd(t, n);
      if (end > 0 && end < n.content().end() - 1) {
        titledWithText++;
      }
    }
    if (titledWithText < 3 || titledWithText * 2 < items.size()) {
      return items;
    }
    // a list whose titles are bracketed (【…】) or closed by a colon: a paragraph with no such
    // title goes on the measure above, whatever its first sentence
    char mark = 0;
    for (char m : new char[] {'】', '：'}) {
      long marked = items.stream().filter(n -> marked(t, n, m)).count();
      if (marked >= 3 && marked * 2 >= items.size()) {
        mark = m;
      }
    }
    return joined(t, items, mark);
  }

  private static List<OutlineNode> joined(String t, List<OutlineNode> items, char mark) {
    List<OutlineNode> out = new ArrayList<>();
    for (OutlineNode n : items) {
      OutlineNode last = out.isEmpty() ? null : out.get(out.size() - 1);
      // a bare title takes the paragraph under it; a paragraph with no title goes on the one above
      boolean untitled = mark == 0 ? titleEnd(t, n) < 0 : !marked(t, n, mark);
      if (last != null && (bare(t, last) && !bare(t, n) || untitled)
          && n.number().isEmpty() && !n.headingLine()) {
        out.set(out.size() - 1, new OutlineNode(last.kind(), last.style(), last.level(), "",
            last.ordinal(), last.heading(), last.headingLine(), last.head(),
            new Span(last.content().start(), n.content().end()),
            new Span(last.span().start(), n.span().end()), List.of()));
      } else {
        out.add(new OutlineNode(n.kind(), n.style(), n.level(), n.number(), out.size() + 1,
            n.heading(), n.headingLine(), n.head(), n.content(), n.span(), n.children()));
      }
    }
    return out;
  }

  /** Whether the paragraph's title ends with {@code mark} (】 or a colon). */
  static boolean marked(String t, OutlineNode n, char mark) {
    int end = titleEnd(t, n);
    return end > 0 && (t.charAt(end) == mark || mark == '：' && t.charAt(end) == ':');
  }

  /** A paragraph item that is a title sentence alone, with no comma: 大力发展家庭公共服务。 */
  private static boolean bare(String t, OutlineNode n) {
    int end = titleEnd(t, n);
    return end == n.content().end() - 1 && n.number().isEmpty() && !n.headingLine()
        && n.content().in(t).indexOf('，') < 0;
  }

  /**
   * Where the title a paragraph item opens with ends (the 。 of its title sentence, the colon of
   * a title closed by one, the 】 of a bracketed title), or -1 when it opens with none: a first
   * sentence with a clause mark, or too long.
   */
  static int titleEnd(String t, OutlineNode n) {
    int a = n.content().start();
    int b = n.content().end();
    boolean bracket = a < b && t.charAt(a) == '【';
    for (int i = a; i < b && i - a <= MAX_TITLE; i++) {
      char c = t.charAt(i);
      if (bracket) {
        if (c == '】') {
          return i - a >= 5 ? i : -1; // 【完善促进妇女健康的制度机制】坚持预防为主。
        }
        continue;
      }
      if (c == '。' || c == '：' || c == ':') {
        // 保障孕产妇安全分娩：提供……: a title closed by a colon, as the 2011 outlines print it
        return i - a >= 4 && (c == '。' || i + 1 < b) ? i : -1;
      }
      if ("；;！!？?\n".indexOf(c) >= 0) {
        return -1;
      }
    }
    return -1;
  }
}
