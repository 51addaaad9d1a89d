package org.planscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.planscope.ingest.PdfOpenTables.Glyph;
import org.planscope.ingest.PdfOpenTables.Line;

/**
 * The rows of a table drawn without row rules ({@link PdfOpenTables}), from its lines of text. A
 * line that fills more than half the cells the fullest line fills is a <em>full</em> line, one
 * row of the table; the others hold the wrapped parts of cells. In each column, the pieces of text
 * on successive lines make one cell, until
 *
 * <ul>
 *   <li>a full line brings a piece when the cell has its row already: a full line of its own (Word
 *       sets a cell's first line on its row's line: what follows is the cell's wrap), or one it
 *       runs across (a cell set in the middle of its row);
 *   <li>a piece comes after a full line that had none in this column: the pieces since the last
 *       full one were the upper half of a cell set in the middle of the next row;
 *   <li>or the lines part by more than two ems;
 * </ul>
 *
 * <p>and a cell at the top of the body with more pieces above its first full line than below it is
 * two: a cell set in the middle of its row wraps evenly above and below it.
 *
 * <p>A cell goes to the row of its first full line; one without (the wrapped lines of a cell set
 * in the middle of its row, or a cell that spans rows) to the full line inside its height, else to
 * the one above it. Cells above the first full line that reach none (the end of a row the page cut)
 * make a row of their own. In a category column — one of the first two, with rows left empty and
 * no numbers — set in the middle of the rows it spans, each cell goes to the first of them: the
 * span reaches from the row after the cell above's span to as far below the cell as above it.
 */
final class PdfTableCells {
  private static final Pattern NUMBER = Pattern.compile("[\\d.%‰—\\-]+");

  private final List<Line> body;
  private final float[] cols;
  private final float em;
  /** A full line's row, -1 for the others. */
  private final int[] row;
  private final int rows;

  PdfTableCells(List<Line> body, float[] cols, float em) {
    this.body = body;
    this.cols = cols;
    this.em = em;
    int[] fills = new int[body.size()];
    int most = 0;
    for (int i = 0; i < fills.length; i++) {
      fills[i] = body.get(i).fills(cols);
      most = Math.max(most, fills[i]);
    }
    row = new int[body.size()];
    int n = 0;
    for (int i = 0; i < fills.length; i++) {
      row[i] = fills[i] * 2 > most ? n++ : -1;
    }
    rows = n;
  }

  /** Puts each glyph's row into {@code rowOf}, from {@code first} on; the number of rows. */
  int rows(Map<Glyph, Integer> rowOf, int first) {
    List<List<Integer>> cells = new ArrayList<>(); // the lines with a piece of each cell
    List<Integer> columns = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    for (int c = 0; c + 1 < cols.length; c++) {
      List<List<Integer>> column = cells(c);
      int[] to = new int[column.size()];
      for (int k = 0; k < to.length; k++) {
        to[k] = target(column.get(k));
      }
      if (c <= 1 && category(c, column)) {
        spans(column, to);
      }
      for (int k = 0; k < to.length; k++) {
        cells.add(column.get(k));
        columns.add(c);
        targets.add(to[k]);
      }
    }
    int lead = targets.stream().anyMatch(t -> t < 0) ? 1 : 0;
    for (int k = 0; k < cells.size(); k++) {
      for (int i : cells.get(k)) {
        for (Glyph g : piece(i, columns.get(k))) {
          rowOf.put(g, first + (targets.get(k) < 0 ? 0 : targets.get(k) + lead));
        }
      }
    }
    return rows + lead;
  }

  /** The cells of one column, each the lines it has a piece on. */
  private List<List<Integer>> cells(int c) {
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> cell = new ArrayList<>();
    int full = -1; // the cell's last line that is full, as an index into cell
    boolean anchored = false; // the cell has a full line, or runs across one: it has its row
    for (int i = 0; i < body.size(); i++) {
      if (piece(i, c).isEmpty()) {
        continue;
      }
      if (!cell.isEmpty()) {
        int last = cell.get(cell.size() - 1);
        boolean apart = body.get(i).baseline() - body.get(last).baseline() > 2 * em;
        boolean across = fullBetween(last, i);
        if (apart || anchored && row[i] >= 0) {
          out.add(cell);
          cell = new ArrayList<>();
          full = -1;
          anchored = false;
        } else if (full >= 0 && across) {
          out.add(new ArrayList<>(cell.subList(0, full + 1)));
          cell = new ArrayList<>(cell.subList(full + 1, cell.size()));
          full = -1;
          anchored = !cell.isEmpty();
        } else {
          anchored |= across;
        }
      }
      cell.add(i);
      full = row[i] >= 0 ? cell.size() - 1 : full;
      anchored |= row[i] >= 0;
    }
    if (!cell.isEmpty()) {
      out.add(cell);
    }
    return lopsided(out);
  }

  /**
   * The cells, a cell at the top of the body split before its first full line when more of its
   * pieces stand above that line than below it: a cell set in the middle of its row wraps evenly
   * above and below; what stands only above is the end of a row the page cut.
   */
  private List<List<Integer>> lopsided(List<List<Integer>> cells) {
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> cell : cells) {
      int f = 0;
      while (f < cell.size() && row[cell.get(f)] < 0) {
        f++;
      }
      if (f > 0 && f < cell.size() && cell.size() - 1 - f < f && !fullBetween(-1, cell.get(0))) {
        out.add(new ArrayList<>(cell.subList(0, f)));
        out.add(new ArrayList<>(cell.subList(f, cell.size())));
      } else {
        out.add(cell);
      }
    }
    return out;
  }

  private boolean fullBetween(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (row[i] >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The row of a cell, or -1 when it is above every full line it could join. */
  private int target(List<Integer> cell) {
    for (int i : cell) {
      if (row[i] >= 0) {
        return row[i];
      }
    }
    for (int i = cell.get(0); i <= cell.get(cell.size() - 1); i++) {
      if (row[i] >= 0) {
        return row[i];
      }
    }
    for (int i = cell.get(0) - 1; i >= 0; i--) {
      if (row[i] >= 0) {
        return row[i];
      }
    }
    return -1;
  }

  /**
   * True for a category column set in the middle of its spans: some row has no cell in it, no cell
   * is a number, and some cell stands between two rows.
   */
  private boolean category(int c, List<List<Integer>> column) {
    boolean between = false;
    for (List<Integer> cell : column) {
      StringBuilder text = new StringBuilder();
      boolean full = false;
      for (int i : cell) {
        piece(i, c).forEach(g -> text.append(g.text()));
        full |= row[i] >= 0;
      }
      if (NUMBER.matcher(text).matches()) {
        return false;
      }
      between |= !full && position(cell) % 1 != 0;
    }
    return between && column.size() < rows;
  }

  /**
   * Moves each cell of a centred category column to the first row of its span: from the row after
   * the span above to twice the cell's distance below that, when that stays clear of the next cell.
   */
  private void spans(List<List<Integer>> column, int[] to) {
    int next = 0; // the first row the next span may take
    for (int k = 0; k < to.length; k++) {
      if (to[k] < 0) {
        continue;
      }
      float at = position(column.get(k));
      int end = Math.round(2 * at - next);
      float following = k + 1 < to.length ? position(column.get(k + 1)) : rows;
      if (next <= at && end < following) {
        to[k] = next;
        next = end + 1;
      } else {
        next = to[k] + 1;
      }
    }
  }

  /**
   * Where a cell stands among the rows: a full line's row, or halfway between two (k + 0.5) when
   * its middle is between theirs.
   */
  private float position(List<Integer> cell) {
    float middle = (body.get(cell.get(0)).baseline() + body.get(cell.get(cell.size() - 1))
        .baseline()) / 2;
    int above = -1;
    for (int i = 0; i < body.size(); i++) {
      if (row[i] < 0) {
        continue;
      }
      float base = body.get(i).baseline();
      if (Math.abs(base - middle) <= 0.35f * em) {
        return row[i];
      }
      if (base < middle) {
        above = row[i];
      }
    }
    return above < 0 ? -0.5f : above + 0.5f;
  }

  private List<Glyph> piece(int line, int c) {
    List<Glyph> out = new ArrayList<>();
    for (Glyph g : body.get(line).glyphs()) {
      if (g.x() >= cols[c] && g.x() < cols[c + 1]) {
        out.add(g);
      }
    }
    return out;
  }
}
