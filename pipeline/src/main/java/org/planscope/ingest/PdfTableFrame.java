package org.planscope.ingest;

import static org.planscope.ingest.PdfOpenTables.GAP;
import static org.planscope.ingest.PdfOpenTables.PAGE_NUMBER;
import static org.planscope.ingest.PdfOpenTables.SAME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.planscope.ingest.PdfOpenTables.Band;
import org.planscope.ingest.PdfOpenTables.Glyph;
import org.planscope.ingest.PdfOpenTables.Line;

/**
 * One band's stretches between rules ({@link Band}) and the text lines within its width,
 * top-down, and the tables they make:
 *
 * <ul>
 *   <li>a stretch between two rules belongs to a table when it holds text and no line of prose,
 *       one that runs across most of the width without a gap;
 *   <li>a table whose last rule is its header's (the page goes on below it) reaches down as far as
 *       its lines keep close together, stay clear of prose and of page numbers, and run across no
 *       gap between its columns; one whose header is the last thing on the page goes on over it,
 *       and so do the lines above the next page's first rule;
 *   <li>its columns are split at the gaps that none of its body lines crosses, narrowed to what
 *       the header leaves of each; it needs three columns and two rows, or it is left as text.
 * </ul>
 */
final class PdfTableFrame {
  private final Band band;
  private final List<Line> lines;
  private final float em;
  /** The last table's column edges when it reaches the page's end without a closing rule. */
  private float[] openCols;

  PdfTableFrame(Band band, List<Line> lines, float em) {
    this.band = band;
    this.lines = lines;
    this.em = em;
  }

  Band band() {
    return band;
  }

  /** The size of the table text, its glyphs' median width. */
  float em() {
    return em;
  }

  /** The last table's column edges when the page's end left it open, else null. */
  float[] openCols() {
    return openCols;
  }

  /**
   * The tables; {@code continued}: the column edges of a table of this width the page before left
   * open, or null.
   */
  List<PdfGrid.Table> tables(float[] continued) {
    float[] r = band.rules();
    if (r.length == 0) {
      return continuation(continued);
    }
    boolean[] tabular = new boolean[r.length - 1];
    for (int i = 0; i < tabular.length; i++) {
      List<Line> in = between(r[i], r[i + 1]);
      tabular[i] = !band.crossed()[i] && !in.isEmpty() && in.stream().noneMatch(this::prose);
    }
    List<PdfGrid.Table> out = new ArrayList<>();
    float start = continued != null ? openStart(r[0]) : r[0];
    if (start < r[0]) {
      PdfGrid.Table t = table(start, start, r[0], continued);
      if (t != null) {
        out.add(t);
      }
    } else if (continued != null && r.length == 1) {
      // the page opens with the table's top rule drawn again, and its rows go on below it
      float end = openEnd(r[0]);
      PdfGrid.Table t = end > r[0] ? table(r[0], r[0], end, continued) : null;
      if (t != null) {
        out.add(t);
        openCols = lastOnPage(end) ? t.cols() : null;
      }
    }
    int i = 0;
    while (i < tabular.length) {
      if (!tabular[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j < tabular.length && tabular[j]) {
        j++;
      }
      float bottom = r[j];
      boolean header = j - i >= 2;
      boolean open = false;
      if (j == tabular.length && j - i == 1) {
        float end = openEnd(r[j]);
        // rows below the header's rule, or none at all: the page cut the table after its header
        open = end > r[j] || lastOnPage(r[j]);
        bottom = Math.max(end, r[j]);
        header |= open;
      }
      PdfGrid.Table t = table(r[i], header ? r[i + 1] : r[i], bottom, null);
      if (t != null) {
        out.add(t);
        openCols = open && lastOnPage(bottom) ? t.cols() : null;
      }
      i = j;
    }
    return out;
  }

  /**
   * A page without a rule that a table runs over: its lines from the top as far as they keep the
   * table's shape; the table goes on when they reach the page's end.
   */
  private List<PdfGrid.Table> continuation(float[] continued) {
    if (continued == null || lines.isEmpty()) {
      return List.of();
    }
    float top = lines.get(0).top() - SAME;
    float end = openEnd(top);
    // some line of it has cells apart: a heading alone above the page's prose is none
    boolean cells = between(top, end).stream().anyMatch(l -> gaps(List.of(l)).size() >= 2);
    PdfGrid.Table t = end > top && cells ? table(top, top, end, continued) : null;
    if (t == null) {
      return List.of();
    }
    openCols = lastOnPage(end) ? t.cols() : null;
    return List.of(t);
  }

  /**
   * How far the lines below a last rule keep the table's shape, the last one's foot. It ends at
   * prose, at a page number set apart, at a line whose text runs across a gap between the columns
   * of the lines before it, or where the lines part by more than four ems and half as much again
   * as any two of its lines do.
   */
  private float openEnd(float rule) {
    float end = rule;
    float last = rule;
    float widest = 0;
    List<Line> kept = new ArrayList<>();
    for (Line l : lines) {
      if (l.top() <= rule) {
        continue;
      }
      float gap = l.top() - last;
      if (ends(l, gap, widest, kept)) {
        break;
      }
      widest = kept.isEmpty() ? widest : Math.max(widest, gap);
      kept.add(l);
      end = Math.max(end, l.bottom() + SAME);
      last = Math.max(last, l.bottom());
    }
    return end;
  }

  /**
   * How far up the lines above a page's first rule keep the table's shape (the rows of a table the
   * page before left open), the first one's head; the rule itself when none do. The same ends as
   * {@link #openEnd}, upwards.
   */
  private float openStart(float rule) {
    float start = rule;
    float first = rule;
    float widest = 0;
    List<Line> kept = new ArrayList<>();
    for (int k = lines.size() - 1; k >= 0; k--) {
      Line l = lines.get(k);
      if (l.bottom() >= rule) {
        continue;
      }
      float gap = first - l.bottom();
      if (ends(l, gap, widest, kept)) {
        break;
      }
      widest = kept.isEmpty() ? widest : Math.max(widest, gap);
      kept.add(l);
      start = Math.min(start, l.top() - SAME);
      first = Math.min(first, l.top());
    }
    return start;
  }

  /** True when line {@code l}, {@code gap} away from the table's lines {@code kept}, is not one. */
  private boolean ends(Line l, float gap, float widest, List<Line> kept) {
    return gap > Math.max(4 * em, 1.5f * widest) || prose(l)
        || gap > 2 * em && PAGE_NUMBER.matcher(l.text()).matches() || bridges(l, gaps(kept));
  }

  /** True when no line but a page number stands below {@code rule}. */
  private boolean lastOnPage(float rule) {
    return lines.stream().noneMatch(l -> l.top() > rule
        && !PAGE_NUMBER.matcher(l.text()).matches());
  }

  /** True when a run of the line's glyphs, with no column's gap inside it, spans one of these gaps. */
  private boolean bridges(Line l, List<float[]> gaps) {
    List<Glyph> gs = l.glyphs();
    int i = 0;
    while (i < gs.size()) {
      int j = i + 1;
      while (j < gs.size() && gs.get(j).left() - gs.get(j - 1).right() < GAP * em) {
        j++;
      }
      float from = gs.get(i).left();
      float to = gs.get(j - 1).right();
      for (float[] g : gaps) {
        if (from < g[0] && to > g[1]) {
          return true;
        }
      }
      i = j;
    }
    return false;
  }

  private List<Line> between(float top, float bottom) {
    return lines.stream().filter(l -> l.top() > top && l.bottom() < bottom).toList();
  }

  /** A line across most of the width with no gap a column would leave. */
  private boolean prose(Line l) {
    return l.right() - l.left() >= 0.7f * (band.right() - band.left())
        && gaps(List.of(l)).isEmpty();
  }

  /** The x ranges inside the band that no glyph of these lines covers and a column would leave. */
  private List<float[]> gaps(List<Line> ls) {
    List<float[]> spans = new ArrayList<>();
    for (Line l : ls) {
      for (Glyph g : l.glyphs()) {
        spans.add(new float[] {g.left(), g.right()});
      }
    }
    spans.sort((a, b) -> Float.compare(a[0], b[0]));
    List<float[]> out = new ArrayList<>();
    float reach = Float.NaN;
    for (float[] s : spans) {
      if (!Float.isNaN(reach) && s[0] - reach >= GAP * em) {
        out.add(new float[] {reach, s[0]});
      }
      reach = Float.isNaN(reach) ? s[1] : Math.max(reach, s[1]);
    }
    return out;
  }

  /**
   * The column edges: the middles of the gaps none of the body's lines crosses, narrowed to the
   * last stretch the header leaves of each (a header wider than the column's values), and the
   * header's gaps where the body has no text; or null for fewer than three columns.
   */
  private float[] columns(List<Line> header, List<Line> body) {
    // a section's row (一、妇女与健康) may run across the columns: it makes none
    List<Line> cells = body.stream().filter(l -> !section(l)).toList();
    body = cells.size() >= 2 || cells.size() == body.size() ? cells : body;
    List<float[]> gaps = new ArrayList<>(gaps(body));
    if (!body.isEmpty()) {
      // a column the body leaves empty (a category column on a page of one row) is the header's
      for (float[] g : gaps(header)) {
        if (untouched(g, body) && gaps.stream().noneMatch(b -> b[0] < g[1] && g[0] < b[1])) {
          gaps.add(g);
        }
      }
      gaps.sort((a, b) -> Float.compare(a[0], b[0]));
    }
    if (gaps.size() < 2) {
      return null;
    }
    float[] cols = new float[gaps.size() + 2];
    cols[0] = band.left() - SAME;
    for (int c = 0; c < gaps.size(); c++) {
      // the last stretch: a header glyph inside the gap ends the column before it more often
      // than it opens the next (a wrapped 2020年（基线 / ）)
      float[] gap = gaps.get(c);
      float[] best = null;
      for (float[] free : free(gap, header)) {
        best = free[1] - free[0] >= 1 ? free : best;
      }
      cols[c + 1] = best != null ? (best[0] + best[1]) / 2 : (gap[0] + gap[1]) / 2;
    }
    cols[cols.length - 1] = band.right() + SAME;
    return cols;
  }

  /** True when the line is one run of text that opens with a section's label: 一、妇女与健康. */
  private boolean section(Line l) {
    String t = l.text();
    return !t.isEmpty() && !Character.isDigit(t.charAt(0))
        && PdfTableCells.SECTION.matcher(t).lookingAt() && gaps(List.of(l)).isEmpty();
  }

  /** True when no glyph of these lines stands within {@code gap} (a point's overlap aside). */
  private static boolean untouched(float[] gap, List<Line> lines) {
    for (Line l : lines) {
      for (Glyph g : l.glyphs()) {
        if (g.right() > gap[0] + 1 && g.left() < gap[1] - 1) {
          return false;
        }
      }
    }
    return true;
  }

  /** The parts of {@code gap} that no glyph of these lines covers. */
  private static List<float[]> free(float[] gap, List<Line> lines) {
    List<float[]> out = new ArrayList<>(List.of(gap));
    for (Line l : lines) {
      for (Glyph g : l.glyphs()) {
        List<float[]> next = new ArrayList<>();
        for (float[] f : out) {
          if (g.right() <= f[0] || g.left() >= f[1]) {
            next.add(f);
            continue;
          }
          if (g.left() > f[0]) {
            next.add(new float[] {f[0], g.left()});
          }
          if (g.right() < f[1]) {
            next.add(new float[] {g.right(), f[1]});
          }
        }
        out = next;
      }
    }
    return out;
  }

  /**
   * The table from {@code top} to {@code bottom}, its header above {@code head}, with the columns
   * of the part {@code continued} on this page, or its own; null when it is not one.
   */
  private PdfGrid.Table table(float top, float head, float bottom, float[] continued) {
    List<Line> header = between(top, head);
    List<Line> body = between(head, bottom);
    if (continued == null && body.size() < 2 && header.isEmpty()) {
      return null;
    }
    float[] cols = body.isEmpty() ? columns(List.of(), header) : columns(header, body);
    if (continued != null && (cols == null || cols.length != continued.length)) {
      cols = continued; // one row's gaps are few to go by: the columns of the part before
    }
    if (cols == null) {
      return null;
    }
    Map<Glyph, Integer> rowOf = new IdentityHashMap<>();
    for (Line l : header) {
      l.glyphs().forEach(g -> rowOf.put(g, 0));
    }
    // a section's row stays whole in the column it opens in
    Map<Glyph, Integer> colOf = new IdentityHashMap<>();
    for (Line l : body) {
      if (section(l)) {
        int c = Math.max(0, PdfGrid.Table.slot(cols, l.glyphs().get(0).x()));
        l.glyphs().forEach(g -> colOf.put(g, c));
      }
    }
    int rows = header.isEmpty() ? 0 : 1;
    // rules across the body (a table with every row ruled) bound its rows: each stretch is read
    // on its own
    float from = head;
    for (float rule : band.rules()) {
      if (rule > head + SAME && rule < bottom - SAME) {
        rows += stretch(from, rule, cols, rowOf, rows, from == head);
        from = rule;
      }
    }
    rows += stretch(from, bottom, cols, rowOf, rows, from == head);
    if (rows < (continued != null || body.isEmpty() ? 1 : 2)) {
      return null;
    }
    float[] edges = new float[rows + 1];
    Arrays.fill(edges, bottom);
    edges[0] = top;
    return new Open(band.page(), cols, edges, rowOf, colOf);
  }

  /**
   * Gives the body's lines between {@code top} and {@code bottom} their rows; how many. {@code
   * first}: the stretch opens the body, where a row the page cut may end.
   */
  private int stretch(float top, float bottom, float[] cols, Map<Glyph, Integer> rowOf, int rows,
      boolean first) {
    List<Line> in = between(top, bottom);
    return in.isEmpty() ? 0 : new PdfTableCells(in, cols, em).rows(rowOf, rows, first);
  }

  /** A table whose rows are found by its glyphs, not by rules. */
  private static final class Open extends PdfGrid.Table {
    private final Map<Glyph, Integer> rowOf;
    /** Glyphs whose column is not where they stand: a section's row runs across columns. */
    private final Map<Glyph, Integer> colOf;
    /** The last glyph given a row. */
    private Glyph last;

    Open(int page, float[] cols, float[] edges, Map<Glyph, Integer> rowOf,
        Map<Glyph, Integer> colOf) {
      super(page, cols, edges, ruled(edges, cols));
      this.rowOf = rowOf;
      this.colOf = colOf;
    }

    @Override
    int column(Glyph g) {
      Integer c = colOf.get(g);
      return c != null ? c : super.column(g);
    }

    private static List<float[]> ruled(float[] edges, float[] cols) {
      List<float[]> out = new ArrayList<>();
      for (float y : edges) {
        out.add(new float[] {y, cols[0], cols[cols.length - 1]});
      }
      return out;
    }

    /** A glyph's row; a space between words takes the row of the glyph before it on its line. */
    @Override
    int row(Glyph g) {
      Integer r = rowOf.get(g);
      if (r == null && g.text().isBlank() && last != null && last.page() == g.page()
          && Math.abs(last.baseline() - g.baseline()) < 1) {
        r = rowOf.get(last);
      }
      if (r != null && !g.text().isBlank()) {
        last = g;
      }
      return r == null ? -1 : r;
    }
  }
}
