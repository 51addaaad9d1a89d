package org.planscope.structure;

import org.planscope.text.Numbering;
import org.planscope.text.NumberingStyle;
import org.planscope.text.RunInTitles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.PlanText;
import org.planscope.model.Span;

/**
 * Recovers the outline of a plan from its paragraphs: numbering (第X章 / 第X节, 一、, （一）,
 * 1. / 1． / 1、, （1）, ①), unnumbered list headings (主要目标：), chapter-level headings (前言)
 * and the heading and list information ingestion kept ({@link Block#kind()}, level, label).
 *
 * <p>Nesting follows the customary order of the styles (第一章 › 第一节 › 一、 › （一） › 1. ›
 * （1） › ①), so a skipped level (（一） straight under 第一章) and numbering that restarts need no
 * special case. When a document nests a style the other way round (1. headings over （一） items),
 * the first time that style appears straight under a heading of the other style it is ranked
 * below it for the rest of the document. An unnumbered list heading sits just above the numbered
 * items that follow it. Paragraphs without a number belong to the node before them: the body of
 * a heading, or the continuation of an item split by a page break.
 *
 * <p>Thread-safe; one instance may serve every document.
 */
public final class OutlineParser {
  /** A heading alone on its line is at most this long (characters, numbering excluded). */
  static final int MAX_HEADING_LINE = 30;

  private final StructureCues cues;
  private final CueLines cueLines;
  private final LooseHeadings loose;

  public OutlineParser() {
    this(StructureCues.shared());
  }

  OutlineParser(StructureCues cues) {
    this(cues, h -> {
      DomainLexicon.Entry e = DomainLexicon.shared().match(h, null);
      return e == null ? null : e.name();
    });
  }

  /** {@code domainName}: the development domain a short line names (妇女与健康), or null. */
  OutlineParser(StructureCues cues, Function<String, String> domainName) {
    this.cues = cues;
    this.cueLines = new CueLines(cues);
    this.loose = new LooseHeadings(cues, domainName);
  }

  /** The outline of a text: a ROOT node whose span is the whole text. */
  public OutlineNode parse(PlanText text) {
    String t = text.text();
    List<OutlineLine> lines = classify(text);
    double topRank = topRank(lines, t);
    Map<NumberingStyle, Double> rank = new EnumMap<>(NumberingStyle.class);
    for (NumberingStyle s : NumberingStyle.values()) {
      rank.put(s, (double) s.defaultRank());
    }
    Set<NumberingStyle> seen = EnumSet.noneOf(NumberingStyle.class);
    OutlineDraft root = new OutlineDraft(OutlineNode.Kind.ROOT, null, Double.NEGATIVE_INFINITY, new Span(0, 0),
        new Span(0, 0), "", false);
    root.end = t.length();
    Deque<OutlineDraft> stack = new ArrayDeque<>();
    stack.push(root);
    OutlineDraft lastHead = null; // the node whose first paragraph was the previous paragraph
    double domainRank = Double.NaN; // of unnumbered domain name lines, fixed by the first
    for (int i = 0; i < lines.size(); i++) {
      OutlineLine line = lines.get(i);
      Span s = line.span();
      OutlineDraft node = null;
      OutlineNode.Kind kind = line.kind();
      if (kind == OutlineNode.Kind.NUMBERED) {
        leaveBox(stack, line.numbering());
        NumberingStyle style = line.numbering().style();
        double r = rank.get(style);
        // and again under a deeper decimal heading (1.2 基本原则 over （1）, later 2.1.1 主要目标 over
        // （1）): a decimal outline's depth is in its numbers, the styles inside it follow it
        boolean underDecimal = lastHead != null && lastHead.numbering != null
            && lastHead.numbering.style().decimal() && !style.decimal();
        if ((!seen.contains(style) || underDecimal) && lastHead != null
            && lastHead.numbering != null && lastHead.headingLine
            && lastHead.numbering.style() != style && r <= lastHead.rank) {
          r = lastHead.rank + 0.5;
          rank.put(style, r);
        }
        seen.add(style);
        OutlineDraft over = listHeading(stack, line);
        over = over != null ? over : numberedList(stack, line, t);
        r = over != null ? Math.max(r, over.rank + 0.5) : r;
        node = draft(t, line, r);
      } else if (kind == OutlineNode.Kind.FRONT) {
        node = draft(t, line, topRank);
      } else if (kind == OutlineNode.Kind.CUE) {
        node = draft(t, line, cueRank(lines, i, rank, stack, CueLines.isBox(s.in(t)), t));
      } else if (kind == OutlineNode.Kind.HEADING && line.domain()) {
        domainRank = Double.isNaN(domainRank) ? enclosingRank(stack, topRank) + 0.25 : domainRank;
        node = draft(t, line, domainRank);
      } else if (kind == OutlineNode.Kind.HEADING) {
        node = draft(t, line, topRank + Math.max(0, line.block().level() - 1));
      }
      if (node != null) {
        while (stack.size() > 1 && stack.peek().rank >= node.rank) {
          stack.pop();
        }
        stack.peek().children.add(node);
        stack.push(node);
        lastHead = node;
      } else {
        lastHead = null;
      }
      for (OutlineDraft d : stack) {
        if (d != root) {
          d.end = Math.max(d.end, s.end());
        }
      }
    }
    return root.freeze(0);
  }

  /**
   * A box (专栏) holds the numbered lines after it until a heading above it; a line that goes on
   * with the numbering the box interrupted (1. 2. | 专栏 1. 2. 3. | 3.…) but not with the box's
   * own numbering (…专栏 1. 2. | 3.) leaves the box first: the list resumes after it.
   */
  private static void leaveBox(Deque<OutlineDraft> stack, Numbering n) {
    OutlineDraft box = null;
    OutlineDraft parent = null;
    for (Iterator<OutlineDraft> it = stack.iterator(); it.hasNext(); ) {
      OutlineDraft d = it.next();
      if (d.kind == OutlineNode.Kind.CUE && CueLines.isBox(d.heading)) {
        box = d;
        parent = it.hasNext() ? it.next() : null;
        break;
      }
    }
    if (box == null || parent == null) {
      return;
    }
    OutlineDraft before = null;
    OutlineDraft list = null; // a list heading (策略措施：) beside the box whose items the box follows
    for (OutlineDraft c : parent.children) {
      if (c == box) {
        break;
      }
      if (c.numbering != null && c.numbering.style() == n.style()) {
        before = c;
        list = null;
      }
      for (OutlineDraft k : c.kind == OutlineNode.Kind.CUE ? c.children : List.<OutlineDraft>of()) {
        if (k.numbering != null && k.numbering.style() == n.style()) {
          before = k;
          list = c;
        }
      }
    }
    OutlineDraft inside = null;
    for (OutlineDraft c : box.children) {
      if (c.numbering != null && c.numbering.style() == n.style()) {
        inside = c;
      }
    }
    if (before != null && n.ordinal() == before.numbering.ordinal() + 1
        && (inside == null || n.ordinal() != inside.numbering.ordinal() + 1)) {
      while (stack.peek() != box) {
        stack.pop();
      }
      stack.pop();
      if (list != null) {
        stack.push(list); // the list goes on after the box: 3. is its item
      }
    }
  }

  private List<OutlineLine> classify(PlanText text) {
    String t = text.text();
    boolean dotted = dotted(text);
    List<OutlineLine> out = new ArrayList<>(text.blocks().size());
    int lastArabic = 0;
    for (Block b : text.blocks()) {
      Span s = trim(t, b.span());
      if (s.isEmpty()) {
        continue;
      }
      String line = s.in(t);
      Numbering n = b.kind() == BlockKind.LIST_ITEM && b.label() != null
          ? label(b.label(), line) : Numbering.parse(line, lastArabic + 1);
      if (n != null && n.style() == NumberingStyle.DECIMAL_1 && !dotted) {
        n = null;
      }
      if (n != null && n.style() == NumberingStyle.ARABIC && b.kind() != BlockKind.TABLE_ROW) {
        lastArabic = n.ordinal();
      }
      OutlineNode.Kind kind;
      if (n != null && b.kind() != BlockKind.TABLE_ROW) {
        kind = OutlineNode.Kind.NUMBERED;
      } else if (b.kind() == BlockKind.TABLE_ROW) {
        n = numberedRow(line);
        kind = n == null ? null : OutlineNode.Kind.NUMBERED;
      } else if (cues.isFront(line)) {
        kind = OutlineNode.Kind.FRONT;
      } else if (CueLines.isBox(line) || cueLines.isCueLine(line)) {
        kind = OutlineNode.Kind.CUE;
      } else if (b.kind() == BlockKind.HEADING) {
        kind = OutlineNode.Kind.HEADING;
      } else {
        kind = null;
      }
      out.add(new OutlineLine(b, s, n, kind));
    }
    loose.repair(out, t);
    return out;
  }

  /**
   * The source's heading of the same numbering style that a list's automatically numbered item
   * sits under (<h4>1.主要目标</h4><ol><li>…): the list is the heading's content, whatever its
   * numbers look like; null for any other line.
   */
  private static OutlineDraft listHeading(Deque<OutlineDraft> stack, OutlineLine line) {
    if (line.block().kind() != BlockKind.LIST_ITEM || line.block().label() == null) {
      return null;
    }
    for (OutlineDraft d : stack) {
      if (d.sourceHeading) {
        return d.numbering != null && d.numbering.style() == line.numbering().style() ? d : null;
      }
    }
    return null;
  }

  /**
   * A numbered list heading of the line's own style it sits under (1.主要目标 over 1. 2. 3., as a
   * page printed from HTML numbers both): its items restart at 1 under it; a list heading of
   * that style (2.策略措施) is its sibling. Null for any other line.
   */
  private OutlineDraft numberedList(Deque<OutlineDraft> stack, OutlineLine line, String t) {
    NumberingStyle style = line.numbering().style();
    String c = line.span().in(t).substring(Math.min(line.numbering().length(),
        line.span().length()));
    if (isHeadingLine(c) && cues.listKind(c) != null) {
      return null;
    }
    for (OutlineDraft d : stack) {
      if (d.numbering != null && d.numbering.style() == style) {
        if (!d.headingLine || cues.listKind(d.heading) == null) {
          continue; // the list's previous item
        }
        int last = 0; // the list's last item so far: the line must go on from it (or open it)
        for (OutlineDraft k : d.children) {
          last = k.numbering != null && k.numbering.style() == style ? k.numbering.ordinal() : last;
        }
        return line.numbering().ordinal() == last + 1 ? d : null;
      }
    }
    return null;
  }

  /** The rank of the innermost open heading (not a list heading), or the chapters' rank. */
  private static double enclosingRank(Deque<OutlineDraft> stack, double topRank) {
    for (OutlineDraft d : stack) {
      if (d.kind != OutlineNode.Kind.ROOT && d.kind != OutlineNode.Kind.CUE && d.headingLine) {
        return d.rank;
      }
    }
    return topRank;
  }

  /**
   * Whether the text has a decimal outline (2.1 …, 2.1.1 …): only then does a bare number (1 总则)
   * head a chapter; elsewhere such a line is text (a row of a table set with spaces, 2 人均预期
   * 寿命 持续提高).
   */
  private static boolean dotted(PlanText text) {
    String t = text.text();
    for (Block b : text.blocks()) {
      int a = b.span().start();
      while (a < b.span().end() && isSpace(t.charAt(a))) {
        a++;
      }
      if (a + 2 < b.span().end() && Character.isDigit(t.charAt(a))) {
        Numbering n = Numbering.parse(t.substring(a, Math.min(b.span().end(), a + 40)));
        if (n != null && n.style().decimal() && n.style() != NumberingStyle.DECIMAL_1) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A list set as a table of two columns, the number and the item (1 | 孕产妇死亡率控制在…): the
   * row is the item, numbered by its first cell; null for any other row (an indicator table's
   * rows have more cells, a key-value table's first cell is no number).
   */
  private static Numbering numberedRow(String line) {
    int tab = line.indexOf('\t');
    if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0) {
      return null;
    }
    String cell = line.substring(0, tab).strip();
    boolean digits = !cell.isEmpty() && cell.length() <= 3
        && cell.chars().allMatch(c -> c >= '0' && c <= '9');
    Numbering n = Numbering.parse(digits ? cell + "." : cell);
    if (n == null || n.length() < cell.length()) {
      return null;
    }
    int text = tab + 1;
    while (text < line.length() && isSpace(line.charAt(text))) {
      text++;
    }
    return text < line.length()
        ? new Numbering(n.style(), cell, n.ordinal(), text) : null;
  }

  /**
   * An automatic list label (Word numbering, HTML {@code <ol>}): the item's number, never part of
   * its text; the normaliser printed it in front of the text, so it takes that much of the line.
   */
  private static Numbering label(String label, String line) {
    String l = Numbering.folded(label).strip();
    int len = 0;
    if (line.startsWith(l)) {
      len = l.length();
      while (len < line.length() && isSpace(line.charAt(len))) {
        len++;
      }
    }
    return Numbering.ofLabel(l, len);
  }

  /**
   * A list heading sits just above the numbered items that follow it. A numbered line that
   * continues the numbering of a heading the list is in (策略措施： over unnumbered paragraphs, then
   * 二、妇女与教育 after 一、妇女与健康, or 三、组织实施 after the last domain （八）) is not the
   * list's: the list has no numbered items. A list heading with no numbered items after it stands
   * beside the list heading before it, else inside the innermost open heading.
   */
  private static double cueRank(List<OutlineLine> lines, int i, Map<NumberingStyle, Double> rank,
      Deque<OutlineDraft> stack, boolean box, String t) {
    search:
    for (int j = i + 1; j < lines.size(); j++) {
      OutlineLine l = lines.get(j);
      if (l.kind() == OutlineNode.Kind.NUMBERED) {
        for (OutlineDraft d : stack) {
          if (d.numbering != null && d.numbering.style() == l.numbering().style()
              && l.numbering().ordinal() == d.numbering.ordinal() + 1) {
            break search; // the next heading's, not the list's: it has no numbered items
          }
        }
        double r = rank.get(l.numbering().style()) - 0.5;
        // 主要目标： over unnumbered paragraphs, then 策略措施： over 1. 2.: beside it, not in it;
        // 主要目标： over 1. 2., then 策略措施： over （1）（2）: beside it, not in its item 2.
        OutlineDraft open = box ? null : openList(stack, t);
        return open == null ? r : Math.min(r, open.rank);
      }
      if (l.kind() != null) {
        break;
      }
    }
    // no items of its own follow: beside the list heading still open (策略措施： after 主要目标：),
    // else inside the node above
    for (OutlineDraft d : stack) {
      if (d.kind == OutlineNode.Kind.CUE) {
        return d.rank;
      }
    }
    return stack.peek().rank + 0.5;
  }

  /**
   * The innermost open list heading (not a box) that a new list heading stands beside: one whose
   * list is prose (no numbered items), or one whose numbered items — sentences, not headings —
   * the new heading would otherwise open inside (a list heading is never part of another list's
   * item).
   */
  private static OutlineDraft openList(Deque<OutlineDraft> stack, String t) {
    boolean inItem = false;
    for (OutlineDraft d : stack) {
      if (d.kind == OutlineNode.Kind.CUE) {
        if (CueLines.isBox(d.heading)) {
          return null;
        }
        boolean numbered = d.children.stream().anyMatch(c -> c.numbering != null);
        return !numbered || inItem ? d : null;
      }
      String c = d.content.in(t).strip();
      if (d.numbering == null
          || c.indexOf('。') < 0 && c.indexOf('；') < 0 && !c.endsWith("：") && !c.endsWith(":")) {
        return null;
      }
      inItem = true;
    }
    return null;
  }

  /** The rank of the outermost style used for short heading lines (the chapters). */
  private static double topRank(List<OutlineLine> lines, String t) {
    int best = NumberingStyle.CN_COMMA.defaultRank();
    boolean any = false;
    for (OutlineLine l : lines) {
      if (l.kind() == OutlineNode.Kind.NUMBERED) {
        String content = l.span().in(t).substring(Math.min(l.numbering().length(),
            l.span().length()));
        if (isHeadingLine(content) && !content.endsWith("。") && !content.endsWith("；")) {
          int r = l.numbering().style().defaultRank();
          best = any ? Math.min(best, r) : r;
          any = true;
        }
      }
    }
    return best;
  }

  private OutlineDraft draft(String t, OutlineLine line, double rank) {
    Span s = line.span();
    int skip = line.numbering() == null ? 0 : Math.min(line.numbering().length(), s.length());
    Span content = new Span(s.start() + skip, s.end());
    String c = content.in(t);
    boolean headingLine = isHeadingLine(c);
    String heading;
    String cue = line.kind() == OutlineNode.Kind.CUE && !headingLine ? cueLines.trailingCue(c) : null;
    if (cue != null) {
      heading = cue;
    } else if (headingLine) {
      heading = Headings.bare(c);
    } else {
      int end = Headings.headEnd(c);
      int gap = RunInTitles.gap(c, false); // 二、发展目标 到2025年，…: a flattened heading line
      end = gap > 0 && (end < 0 || gap < end) ? gap : end;
      heading = Headings.bare(end < 0 ? c : c.substring(0, end));
    }
    OutlineDraft d = new OutlineDraft(line.kind(), line.numbering(), rank, s, content, heading, headingLine);
    d.sourceHeading = line.block().kind() == BlockKind.HEADING;
    return d;
  }

  /** A heading alone on its line: short, no sentence or clause break before its last character. */
  static boolean isHeadingLine(String content) {
    String c = content.strip();
    if (c.isEmpty() || c.length() > MAX_HEADING_LINE) {
      return false;
    }
    for (int i = 0; i < c.length() - 1; i++) {
      if ("。；;！？，,：:".indexOf(c.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static Span trim(String t, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && isSpace(t.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(t.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
  }
}
