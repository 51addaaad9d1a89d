package org.planscope.structure;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.BlockKind;
import org.planscope.model.Span;

/**
 * Headings the text set loose, mended before the outline is built: a heading broken over two
 * lines (三、发展领域、主要目标和策略 / 措施, as a flattened PDF prints a long heading in a large
 * font), and a development domain's name alone on an unnumbered line (妇女与健康, 01 妇女与健康, as
 * reposts print it).
 */
final class LooseHeadings {
  /** The tail of a broken heading is at most this long. */
  private static final int MAX_TAIL = 6;
  /** A domain's name alone on its line is at most this long (its bare number excluded). */
  private static final int MAX_NAME = 16;
  /** A bare number before a domain's name: 01 妇女与健康, 01妇女与健康, 2 妇女与教育. */
  private static final Pattern BARE_NUMBER =
      Pattern.compile("(?:0?[1-9]|1[0-9])(?:[ \\u3000]*|[.．][ \\u3000]*)");
  private static final String PUNCT = "。；;，,：:、！？!?";

  private final StructureCues cues;
  /** A short line → the domain it names (its canonical name), or null. */
  private final Function<String, String> domainName;

  LooseHeadings(StructureCues cues, Function<String, String> domainName) {
    this.cues = cues;
    this.domainName = domainName;
  }

  void repair(List<OutlineLine> lines, String t) {
    joinBroken(lines, t);
    markDomainNames(lines, t);
  }

  /**
   * A numbered heading whose next line is a short unnumbered tail before the next heading or
   * item, where heading and tail together end on a list word the break cuts (…主要目标和策略 /
   * 措施), on a chapter word the heading alone does not, or are a domain's full name (（四）妇女参与
   * 决策 / 和管理): one heading. A list heading after a domain's (妇女与健康 / 主要目标) stays apart.
   */
  private void joinBroken(List<OutlineLine> lines, String t) {
    for (int i = 0; i + 2 < lines.size(); i++) {
      OutlineLine head = lines.get(i);
      OutlineLine tail = lines.get(i + 1);
      // the tail may read as a list heading itself (措施)
      if (head.kind() != OutlineNode.Kind.NUMBERED
          || tail.kind() != null && tail.kind() != OutlineNode.Kind.CUE
          || lines.get(i + 2).kind() == null || tail.block().kind() != BlockKind.PARAGRAPH) {
        continue;
      }
      String h = head.span().in(t).substring(Math.min(head.numbering().length(),
          head.span().length()));
      String x = tail.span().in(t);
      if (x.length() > MAX_TAIL || !OutlineParser.isHeadingLine(h) || punctuated(h + x)
          || x.chars().allMatch(Character::isDigit)) {
        continue;
      }
      String bare = Headings.bare(h);
      String joined = Headings.bare(h + x);
      if (straddlesListWord(joined, bare.length())
          || cues.chapterKind(joined) != null && cues.chapterKind(bare) == null
          || joined.equals(domainName.apply(joined))) {
        lines.set(i, new OutlineLine(head.block(), new Span(head.span().start(),
            tail.span().end()), head.numbering(), head.kind()));
        lines.remove(i + 1);
      }
    }
  }

  /** Whether the text ends on a list word that begins before {@code cut} (策略 / 措施). */
  private boolean straddlesListWord(String s, int cut) {
    for (CueKind k : List.of(CueKind.GOAL_LIST, CueKind.MEASURE_LIST)) {
      for (String w : cues.words(k)) {
        if (s.endsWith(w) && s.length() - w.length() < cut) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a text has a sentence's or clause's punctuation (a heading's 、 aside). */
  private static boolean punctuated(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (PUNCT.indexOf(s.charAt(i)) >= 0 && s.charAt(i) != '、') {
        return true;
      }
    }
    return false;
  }

  /**
   * A domain's name alone on an unnumbered line heads that domain when a list heading or a
   * numbered line follows it: it becomes a heading, without the bare number.
   */
  private void markDomainNames(List<OutlineLine> lines, String t) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      OutlineLine l = lines.get(i);
      OutlineNode.Kind next = lines.get(i + 1).kind();
      if (l.kind() != null || l.block().kind() != BlockKind.PARAGRAPH
          || next != OutlineNode.Kind.CUE && next != OutlineNode.Kind.NUMBERED) {
        continue;
      }
      String line = l.span().in(t);
      Matcher m = BARE_NUMBER.matcher(line);
      int skip = m.lookingAt() ? m.end() : 0;
      String name = line.substring(skip);
      if (name.length() <= MAX_NAME && OutlineParser.isHeadingLine(name)
          && PUNCT.indexOf(name.charAt(name.length() - 1)) < 0 && domainName.apply(name) != null) {
        Span s = new Span(l.span().start() + skip, l.span().end());
        lines.set(i, new OutlineLine(l.block(), s, null, OutlineNode.Kind.HEADING, true));
      }
    }
  }
}
