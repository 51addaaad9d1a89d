package org.planscope.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes the cells of HTML table rows into a block's text, a tab before every cell but the
 * first, one cell per grid column: a cell merged down ({@code rowspan}) or across ({@code
 * colspan}) is written once and the columns and rows it covers as empty cells ({@link
 * TableGrid}), so a row under {@code <td rowspan=2>健康水平</td>} begins with a tab and a header's
 * second row {@code 2025年 | 2030年} under {@code <td colspan=2>目标值</td>} keeps its columns. A
 * table inside a cell (a page's layout table around the article) has a grid of its own.
 */
final class HtmlTableCells {
  /** The grids of the open tables, innermost first. */
  private final Deque<TableGrid> grids = new ArrayDeque<>();
  /** Per open cell: the empty cells its colspan adds after it. */
  private final Deque<Integer> spanned = new ArrayDeque<>();
  private int cells;
  private int spannedInRow;

  void startTable() {
    grids.push(new TableGrid());
  }

  void endTable() {
    grids.poll();
  }

  void startRow() {
    cells = 0;
    spannedInRow = 0;
    grid().startRow();
  }

  /** A {@code td} or {@code th} opens: its separator, after the columns merged cells cover. */
  void startCell(String rowspan, String colspan, StringBuilder out) {
    TableGrid grid = grid();
    empty(grid.coveredBefore(), out);
    next(out);
    spanned.push(grid.cell(TableGrid.span(rowspan), TableGrid.span(colspan)));
  }

  /** The cell closes: an empty cell per other column it spans, when still in its row. */
  void endCell(boolean inRow, StringBuilder out) {
    // the line break Tika writes after a <p> that ends the cell is no line of the row
    while (inRow && !out.isEmpty() && "\n \u3000".indexOf(out.charAt(out.length() - 1)) >= 0) {
      out.setLength(out.length() - 1);
    }
    Integer extra = spanned.poll();
    if (inRow && extra != null) {
      empty(extra, out);
      spannedInRow += extra;
    }
  }

  /** The row closes: empty cells up to the last column a cell above still covers. */
  void endRow(StringBuilder out) {
    empty(grid().coveredAfter(), out);
  }

  /** Whether the row has one cell of its own at most (its colspan's empty cells aside). */
  boolean oneCell() {
    return cells - spannedInRow <= 1;
  }

  /** A row one of whose cells holds many lines of text: an article, not a table's data. */
  static boolean holdsArticle(CharSequence row) {
    for (String cell : row.toString().split("\t")) {
      if (cell.length() >= ARTICLE_CELL && cell.chars().filter(c -> c == '\n').count() >= 4) {
        return true;
      }
    }
    return false;
  }

  /** A table cell this long with lines of its own holds an article. */
  private static final int ARTICLE_CELL = 200;

  /** A layout row's text with its cells one after another as lines. */
  static void cellsToLines(StringBuilder row) {
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\t') {
        row.setCharAt(i, '\n');
      }
    }
  }

  /** {@code s} without the white space at its ends, tabs excepted: a row keeps its columns. */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && s.charAt(a) != '\t' && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && s.charAt(b - 1) != '\t' && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private TableGrid grid() {
    if (grids.isEmpty()) {
      grids.push(new TableGrid()); // a row outside any table
    }
    return grids.peek();
  }

  private void next(StringBuilder out) {
    if (cells++ > 0) {
      out.append('\t');
    }
  }

  private void empty(int n, StringBuilder out) {
    for (int i = 0; i < n; i++) {
      next(out);
    }
  }
}
