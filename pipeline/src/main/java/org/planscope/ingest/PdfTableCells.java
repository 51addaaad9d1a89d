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
 * row of the table; the others hold the wrapped parts of cells. In a table with a 序号 column
 * (numbers counting up), the full lines are those with a number or a section's label (一、) there:
 * a row whose every cell wraps fills no line by half. In each column, the pieces of text
 * on successive lines make one cell, until
 *
 * <ul>
 *   <li>a full line brings a piece when the cell has its row already: a full line of its own (Word
 *       sets a cell's first line on its row's line: what follows is the cell's wrap), or one it
 *       runs across (a cell set in the middle of its row);
 *   <li>a piece comes after a full line that had none in this column: the pieces since the last
 *       full one were the upper half of a cell set in the middle of the next row;
 *   <li>a cell set in the middle of its row is whole: as many of its lines stand below its row's
 *       line as above it, or a piece stands nearer the next row's piece than this cell's;
 *   <li>or the lines part by more than two ems;
 * </ul>
 *
 * <p>and a cell at the top of the body with more pieces above its first full line than below it is
 * two: a cell set in the middle of its row wraps evenly above and below it.
 *
 * <p>A cell goes to the row of its first full line; one without (the wrapped lines of a cell set
 * in the middle of its row, or a cell that spans rows) to the full line inside its height, else to
 * the one above it. Cells above the first full line that reach none make a row of their own when
 * no rule stands above them (the end of a row the page cut), else go to the first row. In a category column — one of the first two, with rows left empty and
 * no numbers — set in the middle of the rows it spans, each cell goes to the first of them: the
 * span reaches from the row after the cell above's span to as far below the cell as above it.
 */
final class PdfTableCells {
  private static final Pattern NUMBER = Pattern.compile("[\\d.%‰—\\-]+");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
  /** What opens a row in a 序号 column: its number, or a section's label (一、妇女与健康). */
  static final Pattern SECTION =
      Pattern.compile("\\d{1,3}$|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+");

  private final List<Line> body;
  private final float[] cols;
  private final float em;
  /** A full line's row, -1 for the others. */
  private final int[] row;
  private final int rows;
  /** Each line's glyphs by column. */
  private final List<List<List<Glyph>>> pieces;

  PdfTableCells(List<Line> body, float[] cols, float em) {
    this.body = body;
    this.cols = cols;
    this.em = em;
    pieces = new ArrayList<>(body.size());
    int[] fills = new int[body.size()];
    int most = 0;
    for (int i = 0; i < fills.length; i++) {
      List<List<Glyph>> line = new ArrayList<>();
      for (int c = 0; c + 1 < cols.length; c++) {
        line.add(new ArrayList<>());
      }
      for (Glyph g : body.get(i).glyphs()) {
        int c = PdfGrid.Table.slot(cols, g.x());
        if (c >= 0) {
          line.get(c).add(g);
        }
      }
      pieces.add(line);
      fills[i] = (int) line.stream().filter(p -> !p.isEmpty()).count();
      most = Math.max(most, fills[i]);
    }
    row = new int[body.size()];
    int numbers = numberColumn();
    int n = 0;
    for (int i = 0; i < fills.length; i++) {
      boolean full = numbers >= 0 ? SECTION.matcher(text(i, numbers)).lookingAt()
          : fills[i] * 2 > most;
      row[i] = full ? n++ : -1;
    }
    rows = n;
  }

  /**
   * The 序号 column: one of the first two whose pieces that are numbers count up one by one, at
   * least two of them; or -1.
   */
  private int numberColumn() {
    for (int c = 0; c < Math.min(2, cols.length - 1); c++) {
      int previous = -1;
      int numbers = 0;
      int steps = 0;
      for (int i = 0; i < body.size(); i++) {
        String t = text(i, c);
        if (DIGITS.matcher(t).matches()) {
          int v = Integer.parseInt(t);
          steps += previous >= 0 && v == previous + 1 ? 1 : 0;
          previous = v;
          numbers++;
        }
      }
      if (numbers >= 2 && steps * 5 >= (numbers - 1) * 4) {
        return c;
      }
    }
    return -1;
  }

  private String text(int line, int c) {
    StringBuilder b = new StringBuilder();
    piece(line, c).forEach(g -> b.append(g.text()));
    return b.toString();
  }

  /**
   * Puts each glyph's row into {@code rowOf}, from {@code first} on; the number of rows. {@code
   * cut}: the body may open with the end of a row the page cut (no row rule above it).
   */
  int rows(Map<Glyph, Integer> rowOf, int first, boolean cut) {
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
    int lead = cut && targets.stream().anyMatch(t -> t < 0) ? 1 : 0;
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
    int anchor = -1; // the full line that gives the cell its row: its own, or one it runs across
    for (int i = 0; i < body.size(); i++) {
      if (piece(i, c).isEmpty()) {
        continue;
      }
      if (!cell.isEmpty()) {
        int last = cell.get(cell.size() - 1);
        boolean apart = body.get(i).baseline() - body.get(last).baseline() > 2 * em;
        int across = fullBetween(last, i);
        boolean whole = anchor >= 0
            && (row[i] >= 0 || balanced(cell, anchor) || leads(c, last, i));
        if (apart || whole) {
          out.add(cell);
          cell = new ArrayList<>();
          full = -1;
          anchor = -1;
        } else if (full >= 0 && across >= 0) {
          out.add(new ArrayList<>(cell.subList(0, full + 1)));
          cell = new ArrayList<>(cell.subList(full + 1, cell.size()));
          full = -1;
          anchor = cell.isEmpty() ? -1 : across;
        } else if (anchor < 0) {
          anchor = across;
        }
      }
      cell.add(i);
      full = row[i] >= 0 ? cell.size() - 1 : full;
      anchor = anchor < 0 && row[i] >= 0 ? i : anchor;
    }
    if (!cell.isEmpty()) {
      out.add(cell);
    }
    return lopsided(out);
  }

  /**
   * True when the piece on line {@code i} stands nearer the next piece of column {@code c}, on a
   * full line, than the piece before it on line {@code last}: the first line of a cell set in the
   * middle of the next row, not a wrapped line of this one.
   */
  private boolean leads(int c, int last, int i) {
    int next = i + 1;
    while (next < body.size() && piece(next, c).isEmpty()) {
      next++;
    }
    if (next == body.size() || row[next] < 0 || row[i] >= 0) {
      return false;
    }
    float base = body.get(i).baseline();
    return body.get(next).baseline() - base < base - body.get(last).baseline() - 1;
  }

  /**
   * True when a cell set in the middle of its row is whole: it has lines above its row's line, and
   * as many below it.
   */
  private static boolean balanced(List<Integer> cell, int anchor) {
    int above = 0;
    int below = 0;
    for (int i : cell) {
      above += i < anchor ? 1 : 0;
      below += i > anchor ? 1 : 0;
    }
    return above > 0 && below >= above;
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
      if (f > 0 && f < cell.size() && cell.size() - 1 - f < f
          && fullBetween(-1, cell.get(0)) < 0) {
        out.add(new ArrayList<>(cell.subList(0, f)));
        out.add(new ArrayList<>(cell.subList(f, cell.size())));
      } else {
        out.add(cell);
      }
    }
    return out;
  }

  /** The first full line after {@code from} and before {@code to}, or -1. */
  private int fullBetween(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (row[i] >= 0) {
        return i;
      }
    }
    return -1;
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
    return pieces.get(line).get(c);
  }
}
