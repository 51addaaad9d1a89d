package org.planscope.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The grid of a ruled table on one PDF page, for {@link PdfTables}: the column rules that overlap
 * each other top to bottom make one table; their distinct x positions are its column edges, and
 * the row rules across it its row edges. A table needs three columns at least (a framed box of
 * one or two columns — a 专栏 — is text, not a table); a page may hold just one row of it. Coordinates are top-down,
 * as the text's glyphs are placed.
 */
final class PdfGrid {
  /** Rules closer than this (points) are one edge. */
  private static final float SAME = 2f;

  private PdfGrid() {}

  /**
   * The page's tables. {@code horizontal}: {y, x0, x1}; {@code vertical}: {x, y0, y1}; both in
   * PDF coordinates (y up), turned top-down with the page's {@code height}.
   */
  static List<Table> tables(List<float[]> horizontal, List<float[]> vertical, int page,
      float height) {
    List<float[]> cols = new ArrayList<>(); // {x, top, bottom}
    for (float[] v : vertical) {
      cols.add(new float[] {v[0], height - v[2], height - v[1]});
    }
    cols.sort(Comparator.comparingDouble(v -> v[1]));
    List<Table> out = new ArrayList<>();
    int i = 0;
    while (i < cols.size()) {
      float top = cols.get(i)[1];
      float bottom = cols.get(i)[2];
      int j = i + 1;
      while (j < cols.size() && cols.get(j)[1] <= bottom + SAME) {
        bottom = Math.max(bottom, cols.get(j)[2]);
        j++;
      }
      Table t = table(cols.subList(i, j), horizontal, page, height, top, bottom);
      if (t != null) {
        out.add(t);
      }
      i = j;
    }
    return out;
  }

  private static Table table(List<float[]> band, List<float[]> horizontal, int page, float height,
      float top, float bottom) {
    List<Float> xs = new ArrayList<>();
    for (float[] v : band) {
      xs.add(v[0]);
    }
    float[] colEdges = edges(xs);
    if (colEdges.length < 4) {
      return null;
    }
    float left = colEdges[0];
    float right = colEdges[colEdges.length - 1];
    List<float[]> across = new ArrayList<>(); // {y top-down, x0, x1}
    List<Float> ys = new ArrayList<>();
    for (float[] h : horizontal) {
      float y = height - h[0];
      if (y >= top - SAME && y <= bottom + SAME && h[2] > left + SAME && h[1] < right - SAME) {
        across.add(new float[] {y, h[1], h[2]});
        ys.add(y);
      }
    }
    float[] rowEdges = edges(ys);
    if (rowEdges.length < 2) {
      return null;
    }
    return new Table(page, colEdges, rowEdges, across);
  }

  /** Sorted distinct positions, those closer than {@link #SAME} taken as one. */
  static float[] edges(List<Float> positions) {
    List<Float> sorted = new ArrayList<>(positions);
    sorted.sort(null);
    List<Float> out = new ArrayList<>();
    for (float p : sorted) {
      if (out.isEmpty() || p - out.get(out.size() - 1) > SAME) {
        out.add(p);
      }
    }
    float[] a = new float[out.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = out.get(i);
    }
    return a;
  }

  /** One table: its edges, the cells' text as its glyphs arrive, and all its characters. */
  static class Table {
    private final int page;
    private final float[] cols;
    private final float[] rows;
    /** owner[r][c]: the cell whose text cell (r, c) holds: itself, or the one above it. */
    private final int[][] owner;
    private final StringBuilder[][] cells;
    private final StringBuilder chars = new StringBuilder();
    /**
     * Rows at its top that are not its own: a header repeated from the page before, and the end
     * of the last row there ({@link #carryOver}).
     */
    private int skip;

    Table(int page, float[] cols, float[] rows, List<float[]> across) {
      this.page = page;
      this.cols = cols;
      this.rows = rows;
      int nr = rows.length - 1;
      int nc = cols.length - 1;
      owner = new int[nr][nc];
      cells = new StringBuilder[nr][nc];
      for (int r = 0; r < nr; r++) {
        for (int c = 0; c < nc; c++) {
          cells[r][c] = new StringBuilder();
          boolean ruled = r == 0 || crosses(across, rows[r], (cols[c] + cols[c + 1]) / 2);
          owner[r][c] = ruled ? r : owner[r - 1][c];
        }
      }
    }

    /** True when a row rule at {@code y} crosses the column whose middle is {@code x}. */
    private static boolean crosses(List<float[]> across, float y, float x) {
      for (float[] h : across) {
        if (Math.abs(h[0] - y) <= SAME && h[1] <= x && h[2] >= x) {
          return true;
        }
      }
      return false;
    }

    int page() {
      return page;
    }

    /** The column edges. */
    float[] cols() {
      return cols;
    }

    /** The top edge, top-down. */
    float top() {
      return rows[0];
    }

    /** Puts a glyph into its cell; false when it stands outside the table. */
    boolean add(PdfOpenTables.Glyph g) {
      int c = column(g);
      int r = row(g);
      if (c < 0 || r < 0) {
        return false;
      }
      cells[owner[r][c]][c].append(g.text());
      chars.append(PdfIndents.squeeze(g.text()));
      return true;
    }

    /** The column a glyph stands in, or -1: the one between the column rules around its centre. */
    int column(PdfOpenTables.Glyph g) {
      return slot(cols, g.x());
    }

    /** The row a glyph stands in, or -1: the one between the row rules around its centre. */
    int row(PdfOpenTables.Glyph g) {
      return slot(rows, g.y());
    }

    /** The slot between two edges that {@code v} falls in, or -1. */
    static int slot(float[] edges, float v) {
      for (int i = 0; i + 1 < edges.length; i++) {
        if (v >= edges[i] && v < edges[i + 1]) {
          return i;
        }
      }
      return -1;
    }

    /** Every character of the table, spaces aside, in the order the text gives them. */
    String chars() {
      return chars.toString();
    }

    /** The rows that hold text, cells separated by tabs. */
    List<String> rows() {
      List<String> out = new ArrayList<>();
      for (int r = 0; r < cells.length; r++) {
        if (r < skip) {
          continue; // a repeated header, or carried back into the last row of the page before
        }
        String line = String.join("\t", texts(r));
        if (!line.isBlank()) {
          out.add(line);
        }
      }
      return out;
    }

    private List<String> texts(int r) {
      List<String> out = new ArrayList<>();
      for (StringBuilder cell : cells[r]) {
        out.add(cell.toString().strip());
      }
      return out;
    }

    private int lastRowWithText() {
      for (int r = cells.length - 1; r >= 0; r--) {
        if (texts(r).stream().anyMatch(t -> !t.isEmpty())) {
          return r;
        }
      }
      return -1;
    }

    /**
     * Joins {@code next}, the table's part on the following page, to this one: a header row the
     * page repeats (the first row of {@code header}, the table's first part) is skipped, and a row
     * the page break cut in two is made whole — when the part opens with a row that fills at most
     * half the cells the last row here fills (约束 / 性, the rest of a wrapped cell) and opens with
     * no 序号 or section label, its text is carried back into that row.
     */
    void carryOver(Table next, Table header) {
      int last = lastRowWithText();
      if (next.page != page + 1 || next.cols.length != cols.length || last < 0
          || next.cells.length == 0) {
        return;
      }
      if (next.cells.length > 1 && header.cells.length > 0 && next.texts(0).equals(header.texts(0))
          && next.texts(0).stream().filter(t -> !t.isEmpty()).count() > 1) {
        next.skip = 1;
      }
      if (next.skip >= next.cells.length) {
        return;
      }
      long here = texts(last).stream().filter(t -> !t.isEmpty()).count();
      List<String> first = next.texts(next.skip);
      long there = first.stream().filter(t -> !t.isEmpty()).count();
      if (there == 0 || there * 2 > here || opensRow(first)) {
        return;
      }
      for (int c = 0; c < first.size(); c++) {
        cells[owner[last][c]][c].append(first.get(c));
      }
      next.skip++;
    }

    /**
     * True when a row's first cell, in the first two columns, opens a row of its own: a 序号 or a
     * section's label (一、妇女与健康), never the rest of a row the page cut.
     */
    private static boolean opensRow(List<String> row) {
      for (int c = 0; c < Math.min(2, row.size()); c++) {
        if (!row.get(c).isEmpty()) {
          return PdfTableCells.SECTION.matcher(row.get(c)).lookingAt();
        }
      }
      return false;
    }

    /** True when {@code next} is this table's part on the following page. */
    boolean continuesOn(Table next) {
      return next.page == page + 1 && next.cols.length == cols.length;
    }
  }
}
