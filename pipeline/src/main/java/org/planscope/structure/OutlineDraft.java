package org.planscope.structure;

import java.util.ArrayList;
import java.util.List;
import org.planscope.model.Span;
import org.planscope.text.Numbering;

/** A node of the outline while {@link OutlineParser} builds it: mutable until frozen. */
final class OutlineDraft {
  final OutlineNode.Kind kind;
  final Numbering numbering;
  final double rank;
  final Span head;
  final Span content;
  final String heading;
  final boolean headingLine;
  /** Marked a heading by the source (h1–h6, a Word heading style). */
  boolean sourceHeading;
  final List<OutlineDraft> children = new ArrayList<>();
  int end;

  OutlineDraft(OutlineNode.Kind kind, Numbering numbering, double rank, Span head, Span content,
      String heading, boolean headingLine) {
    this.kind = kind;
    this.numbering = numbering;
    this.rank = rank;
    this.head = head;
    this.content = content;
    this.heading = heading;
    this.headingLine = headingLine;
    this.end = head.end();
  }

  OutlineNode freeze(int level) {
    List<OutlineNode> kids = new ArrayList<>(children.size());
    for (OutlineDraft c : children) {
      kids.add(c.freeze(level + 1));
    }
    return new OutlineNode(kind, numbering == null ? null : numbering.style(), level,
        numbering == null ? "" : numbering.number(), numbering == null ? 0 : numbering.ordinal(),
        heading, headingLine, head, content, new Span(head.start(), end), kids);
  }
}
