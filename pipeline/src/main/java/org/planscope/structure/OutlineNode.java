package org.planscope.structure;

import org.planscope.text.Numbering;
import org.planscope.text.NumberingStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.planscope.model.Span;

/**
 * One node of a plan's outline: a numbered heading or item, an unnumbered list heading (主要目标：),
 * a chapter-level heading such as 前言, or the root.
 *
 * @param kind what opened the node
 * @param style the numbering style, or null when unnumbered
 * @param level depth in the tree: 0 for the root, 1 for top-level chapters
 * @param number the number as printed ({@code （一）}, {@code 1．}); empty when unnumbered
 * @param ordinal the number's value (1 for 一、 and ①); 0 when unnumbered
 * @param heading the heading text without number and trailing punctuation; for a paragraph that
 *     opens with its heading ({@code （一）指导思想。坚持…}) the part before the first 。 or ：
 * @param headingLine true when the node's first paragraph is a heading alone (no body glued to it)
 * @param head the node's first paragraph, numbering included
 * @param content the first paragraph without its numbering
 * @param span the whole node: from its first paragraph to the end of its last descendant
 * @param children nested nodes in text order
 */
public record OutlineNode(
    Kind kind,
    NumberingStyle style,
    int level,
    String number,
    int ordinal,
    String heading,
    boolean headingLine,
    Span head,
    Span content,
    Span span,
    List<OutlineNode> children) {

  /** What opened a node. */
  public enum Kind {
    ROOT,
    /** A numbered paragraph: 一、 （一） 1. （1） ① 第一章 第一节. */
    NUMBERED,
    /** An unnumbered list heading: 主要目标： / 策略措施：. */
    CUE,
    /** An unnumbered chapter-level heading: 前言, 附件. */
    FRONT,
    /** A heading the source marked (Word heading style, HTML h1–h6) without numbering. */
    HEADING
  }

  public OutlineNode {
    children = List.copyOf(children);
    number = number == null ? "" : number;
  }

  public boolean isNumbered() {
    return kind == Kind.NUMBERED;
  }

  /** This node and every descendant, in text order. */
  public List<OutlineNode> flatten() {
    List<OutlineNode> out = new ArrayList<>();
    visit(out::add);
    return out;
  }

  public void visit(Consumer<OutlineNode> f) {
    f.accept(this);
    for (OutlineNode c : children) {
      c.visit(f);
    }
  }

  /** An indented one-line-per-node rendering, for tests and debugging. */
  public String render() {
    StringBuilder b = new StringBuilder();
    for (OutlineNode n : flatten()) {
      if (n.kind == Kind.ROOT) {
        continue;
      }
      b.append("  ".repeat(n.level - 1)).append(n.number.isEmpty() ? "" : n.number + " ")
          .append(n.heading).append('\n');
    }
    return b.toString();
  }
}
