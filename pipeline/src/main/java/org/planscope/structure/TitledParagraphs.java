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
    List<OutlineNode> out = new ArrayList<>();
    for (OutlineNode n : items) {
      OutlineNode last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && bare(t, last) && !bare(t, n) && n.number().isEmpty()
          && !n.headingLine()) {
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

  /** A paragraph item that is a title sentence alone, with no comma: 大力发展家庭公共服务。 */
  private static boolean bare(String t, OutlineNode n) {
    int end = titleEnd(t, n);
    return end == n.content().end() - 1 && n.number().isEmpty() && !n.headingLine()
        && n.content().in(t).indexOf('，') < 0;
  }

  /**
   * Where the title sentence a paragraph item opens with ends (its 。), or -1 when it opens with
   * none: a first sentence with a clause mark, or too long.
   */
  static int titleEnd(String t, OutlineNode n) {
    int a = n.content().start();
    int b = n.content().end();
    for (int i = a; i < b && i - a <= MAX_TITLE; i++) {
      char c = t.charAt(i);
      if (c == '。') {
        return i - a >= 4 ? i : -1;
      }
      if ("；;：:！!？?\n".indexOf(c) >= 0) {
        return -1;
      }
    }
    return -1;
  }
}
