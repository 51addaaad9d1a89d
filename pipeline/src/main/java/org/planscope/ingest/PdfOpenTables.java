package org.planscope.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tables of a PDF drawn with row rules only, for {@link PdfTables}. A 三线表 has a rule above
 * its header, one below it and one under its last row, and no column rules, so {@link PdfGrid}
 * cannot see it; its text arrives with the cells run together and each wrapped cell as a line of
 * its own. Here the rules a page draws with the same two ends (a {@link Band}) mark a table's
 * height, and its text gives the rest: which stretches between the rules hold a table, how far a
 * table the page cut reaches, and its columns ({@link PdfTableFrame}); its rows, from the lines
 * its cells are set on ({@link PdfTableCells}). A table the page's end left open goes on above
 * the first rule of the next page's band of the same width.
 */
final class PdfOpenTables {
  /**
   * The narrowest space between two columns, in ems: a cell's padding on both sides (LibreOffice
   * leaves 7 points at 12-point text, Word 11), wider than a space between words (a quarter em).
   */
  static final float GAP = 0.45f;
  /** Rules or ends closer than this (points) are one. */
  static final float SAME = 2f;
  /** A page's number in its footer: 5, - 5 -, 第5页, 第 5 页 共 9 页 (spaces aside). */
  static final Pattern PAGE_NUMBER =
      Pattern.compile("[-—–－]*\\d+[-—–－]*|第\\d+页(共\\d+页)?");
  /** A rule shorter than this (points) underlines text; it does not frame a table. */
  private static final float NARROWEST = 120f;

  private PdfOpenTables() {}

  /** A glyph of the text layer, top-down: its centre, its baseline and its width. */
  record Glyph(int page, float x, float y, float baseline, float width, String text) {
    float left() {
      return x - width / 2;
    }

    float right() {
      return x + width / 2;
    }
  }

  /**
   * The horizontal rules of one page that share both ends, top-down; {@code crossed[i]}: a column
   * rule runs between rule i and rule i + 1 (that stretch is a ruled grid's or a box's).
   */
  record Band(int page, float left, float right, float[] rules, boolean[] crossed) {}

  /**
   * The page's bands: rules that share both ends (one alone may close a table the page before
   * left open). {@code horizontal}: {y, x0, x1}; {@code vertical}: {x, y0, y1}; both in PDF
   * coordinates (y up), turned top-down with the page's {@code height}.
   */
  static List<Band> bands(List<float[]> horizontal, List<float[]> vertical, int page,
      float height) {
    List<float[]> rules = new ArrayList<>();
    for (float[] h : joined(horizontal)) {
      if (h[2] - h[1] >= NARROWEST) {
        rules.add(new float[] {height - h[0], h[1], h[2]});
      }
    }
    rules.sort(Comparator.<float[]>comparingDouble(r -> r[1]).thenComparingDouble(r -> r[2])
        .thenComparingDouble(r -> r[0]));
    List<Band> out = new ArrayList<>();
    boolean[] used = new boolean[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      if (used[i]) {
        continue;
      }
      float left = rules.get(i)[1];
      float right = rules.get(i)[2];
      List<Float> ys = new ArrayList<>();
      for (int j = i; j < rules.size(); j++) {
        float[] r = rules.get(j);
        if (!used[j] && Math.abs(r[1] - left) <= SAME && Math.abs(r[2] - right) <= SAME) {
          used[j] = true;
          ys.add(r[0]);
        }
      }
      float[] edges = PdfGrid.edges(ys);
      if (edges.length >= 1) {
        out.add(new Band(page, left, right, edges, crossed(edges, left, right, vertical, height)));
      }
    }
    return out;
  }

  /**
   * The horizontal rules with the pieces of one line joined: Word draws a table's rule cell by
   * cell, as boxes end to end.
   */
  static List<float[]> joined(List<float[]> horizontal) {
    List<float[]> sorted = new ArrayList<>(horizontal);
    sorted.sort(Comparator.<float[]>comparingDouble(h -> h[0]).thenComparingDouble(h -> h[1]));
    List<float[]> out = new ArrayList<>();
    for (float[] h : sorted) {
      float[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && Math.abs(h[0] - last[0]) <= 1 && h[1] <= last[2] + SAME) {
        last[2] = Math.max(last[2], h[2]);
      } else {
        out.add(new float[] {h[0], h[1], h[2]});
      }
    }
    return out;
  }

  private static boolean[] crossed(float[] ys, float left, float right, List<float[]> vertical,
      float height) {
    boolean[] out = new boolean[Math.max(0, ys.length - 1)];
    for (float[] v : vertical) {
      if (v[0] <= left - SAME || v[0] >= right + SAME) {
        continue;
      }
      float top = height - v[2];
      float bottom = height - v[1];
      for (int i = 0; i < out.length; i++) {
        out[i] |= top < ys[i + 1] - SAME && bottom > ys[i] + SAME;
      }
    }
    return out;
  }

  /**
   * The tables the bands frame, given the glyphs of their pages (bands in page order). A table the
   * page's end left open goes on above the first rule of the next page's band of the same width,
   * or over the whole of a next page that draws no rule.
   */
  static List<PdfGrid.Table> tables(List<Band> bands, List<Glyph> glyphs) {
    Map<Integer, List<Glyph>> pages = new HashMap<>();
    glyphs.forEach(g -> pages.computeIfAbsent(g.page(), p -> new ArrayList<>()).add(g));
    List<PdfGrid.Table> out = new ArrayList<>();
    PdfTableFrame open = null; // the band whose last table the page's end left open
    int k = 0;
    while (true) {
      int next = open == null ? -1 : open.band().page() + 1;
      Band band;
      if (open != null && (k == bands.size() || bands.get(k).page() > next)
          && pages.containsKey(next)) {
        band = new Band(next, open.band().left(), open.band().right(), new float[0],
            new boolean[0]); // a page the table runs over without a rule
      } else if (k < bands.size()) {
        band = bands.get(k++);
      } else {
        break;
      }
      List<Glyph> inside = new ArrayList<>();
      for (Glyph g : pages.getOrDefault(band.page(), List.of())) {
        if (g.x() >= band.left() - SAME && g.x() <= band.right() + SAME) {
          inside.add(g);
        }
      }
      boolean continues = open != null && band.page() == next
          && Math.abs(open.band().left() - band.left()) <= SAME
          && Math.abs(open.band().right() - band.right()) <= SAME;
      // the size of the table's own text: a part the page before began keeps its size
      float[] r = band.rules();
      List<Glyph> framedText = r.length < 2 ? inside : inside.stream()
          .filter(g -> g.y() > r[0] && g.y() < r[r.length - 1]).toList();
      float em = continues ? open.em() : em(framedText.isEmpty() ? inside : framedText);
      PdfTableFrame framed = new PdfTableFrame(band, Line.of(inside, em), em);
      out.addAll(framed.tables(continues ? open.openCols() : null));
      if (framed.openCols() != null) {
        open = framed;
      } else if (continues || open != null && band.page() > next) {
        open = null;
      }
    }
    return out;
  }

  /**
   * The text's size: the median width of its ideographs (a glyph's height is its font's box,
   * larger than the glyph and different for digits), else twice that of its letters, which take
   * half an em or so; at least 4 points.
   */
  static float em(List<Glyph> glyphs) {
    float[] all = new float[glyphs.size()];
    float[] wide = new float[glyphs.size()];
    int n = 0;
    int w = 0;
    for (Glyph g : glyphs) {
      if (!g.text().isBlank()) {
        all[n++] = g.width();
        if (g.text().codePointAt(0) >= 0x2E80) {
          wide[w++] = g.width();
        }
      }
    }
    float[] pick = w > 0 ? Arrays.copyOf(wide, w) : Arrays.copyOf(all, n);
    Arrays.sort(pick);
    float median = pick.length == 0 ? 5f : pick[pick.length / 2];
    return Math.max(4f, w > 0 ? median : 2 * median);
  }

  /** The glyphs of one text line, left to right, their centres' extent and their baseline. */
  record Line(List<Glyph> glyphs, float top, float bottom, float left, float right,
      float baseline) {
    /** Lines by baseline, top-down. */
    static List<Line> of(List<Glyph> glyphs, float em) {
      List<Glyph> sorted = new ArrayList<>(glyphs);
      sorted.removeIf(g -> g.text().isBlank());
      sorted.sort(Comparator.comparingDouble(Glyph::baseline));
      List<Line> out = new ArrayList<>();
      int i = 0;
      while (i < sorted.size()) {
        float base = sorted.get(i).baseline();
        float tolerance = 0.35f * em;
        int j = i;
        while (j < sorted.size() && sorted.get(j).baseline() - base <= tolerance) {
          j++;
        }
        out.add(line(sorted.subList(i, j)));
        i = j;
      }
      return out;
    }

    private static Line line(List<Glyph> gs) {
      List<Glyph> byX = new ArrayList<>(gs);
      byX.sort(Comparator.comparingDouble(Glyph::x));
      float top = Float.MAX_VALUE;
      float bottom = -Float.MAX_VALUE;
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      for (Glyph g : gs) {
        top = Math.min(top, g.y());
        bottom = Math.max(bottom, g.y());
        left = Math.min(left, g.left());
        right = Math.max(right, g.right());
      }
      return new Line(List.copyOf(byX), top, bottom, left, right, gs.get(gs.size() / 2).baseline());
    }

    /** The line's characters, left to right. */
    String text() {
      StringBuilder b = new StringBuilder();
      for (Glyph g : glyphs) {
        b.append(g.text());
      }
      return b.toString();
    }
  }
}
