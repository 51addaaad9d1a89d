package org.planscope.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.BlockKind;

/**
 * Page numbers and running headers inside a line: a PDF copied as long lines keeps them where its
 * pages broke (…分别控制在10%和5%以 — 3 — 台江县儿童发展规划（2021—2030年） 下，儿童超重…). A number
 * set off by dashes and spaces inside a line goes; so does the text up to the next space after it
 * when the same text follows at least two such numbers in the document (the running header). The
 * text on both sides then joins as it would across a page break.
 */
final class InlinePages {
  private static final Pattern MARK = Pattern.compile("[\\s\u3000]+[-—–－]{1,2}[\\s\u3000]*"
      + "\\d{1,4}[\\s\u3000]*[-—–－]{1,2}(?=[\\s\u3000])[\\s\u3000]*");
  /** A running header is at most this long. */
  private static final int MAX_HEADER = 40;

  private InlinePages() {}

  /** The lines with the page numbers and running headers inside them cut out. */
  static List<SourceLine> drop(List<SourceLine> lines) {
    Map<String, Integer> headers = new HashMap<>();
    boolean any = false;
    for (SourceLine l : lines) {
      for (int[] k : marks(l)) {
        any = true;
        String h = header(l.text(), k[1]);
        if (h != null) {
          headers.merge(h, 1, Integer::sum);
        }
      }
    }
    if (!any) {
      return lines;
    }
    List<SourceLine> out = new ArrayList<>(lines.size());
    for (SourceLine l : lines) {
      String t = l.text();
      int from = 0;
      for (int[] k : marks(l)) {
        add(out, l.part(from, k[0], SourceLine.JOIN_AFTER
            | (from == 0 ? l.seams() & SourceLine.NO_JOIN_BEFORE : 0)));
        from = k[1];
        String h = header(t, from);
        if (h != null && headers.get(h) >= 2) {
          from += h.length();
        }
      }
      add(out, from == 0 ? l : l.part(from, t.length(), l.seams() & SourceLine.NO_JOIN_AFTER));
    }
    return out;
  }

  private static void add(List<SourceLine> out, SourceLine l) {
    if (!l.text().isEmpty()) {
      out.add(l);
    }
  }

  /** The page numbers inside a line (text on both sides): {start, end} each. */
  private static List<int[]> marks(SourceLine l) {
    String t = l.text();
    List<int[]> out = new ArrayList<>();
    if (l.block().kind() == BlockKind.TABLE_ROW || t.length() < 20) {
      return out;
    }
    Matcher m = MARK.matcher(t);
    while (m.find()) {
      if (m.start() > 0 && m.end() < t.length()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /** The text from {@code at} to the next space, when short enough to be a header; else null. */
  private static String header(String t, int at) {
    int e = at;
    while (e < t.length() && !TextNormalizer.isSpace(t.charAt(e)) && e - at <= MAX_HEADER) {
      e++;
    }
    return e > at && e - at <= MAX_HEADER && e < t.length() ? t.substring(at, e) : null;
  }
}
