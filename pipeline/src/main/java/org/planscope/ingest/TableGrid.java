package org.planscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid of one table while its rows are read: which columns a cell merged down from a row
 * above still covers ({@code rowspan}, Word's {@code vMerge}), so that every row is written with
 * one cell per grid column. A merged cell's text is written once, in its first row and column;
 * the columns it spans ({@code colspan}, {@code gridSpan}) and the rows it covers are written as
 * empty cells, so a column keeps its place in every row:
 *
 * <pre>
 * &lt;td rowspan=2&gt;指标名称&lt;/td&gt;&lt;td colspan=2&gt;目标值&lt;/td&gt;  →  指标名称 ⇥ 目标值 ⇥
 * &lt;td&gt;2025年&lt;/td&gt;&lt;td&gt;2030年&lt;/td&gt;                          →           ⇥ 2025年 ⇥ 2030年
 * </pre>
 *
 * <p>Spans are capped (a colspan of 1000 is a page's layout, not data). One instance per table.
 */
final class TableGrid {
  /** The most columns one cell spans, and rows it covers, that are taken as given. */
  private static final int MAX_SPAN = 64;

  /** Per grid column: how many more rows a cell above covers it. */
  private final List<Integer> covered = new ArrayList<>();
  private int column;

  /** A row begins. */
  void startRow() {
    column = 0;
  }

  /**
   * Before a cell of the row: the number of grid columns a cell above still covers here, which
   * the row writes as empty cells first.
   */
  int coveredBefore() {
    int n = 0;
    while (column < covered.size() && covered.get(column) > 0) {
      covered.set(column, covered.get(column) - 1);
      column++;
      n++;
    }
    return n;
  }

  /**
   * A cell at the current column spanning {@code colspan} columns and {@code rowspan} rows; the
   * number of empty cells to write after it for the columns it spans.
   */
  int cell(int rowspan, int colspan) {
    int cols = Math.max(1, Math.min(MAX_SPAN, colspan));
    int rows = Math.max(1, Math.min(MAX_SPAN, rowspan));
    for (int k = 0; k < cols; k++) {
      while (covered.size() <= column + k) {
        covered.add(0);
      }
      covered.set(column + k, rows - 1);
    }
    column += cols;
    return cols - 1;
  }

  /** At the row's end: the empty cells to write up to the last column a cell above covers. */
  int coveredAfter() {
    int start = column;
    int n = 0;
    for (int c = column; c < covered.size(); c++) {
      if (covered.get(c) > 0) {
        covered.set(c, covered.get(c) - 1);
        n = c + 1 - start;
      }
    }
    column = Math.max(column, covered.size());
    return n;
  }

  /** A span attribute's value (rowspan="2"), 1 when absent or not a number. */
  static int span(String value) {
    if (value == null) {
      return 1;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
