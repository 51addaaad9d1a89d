package org.planscope.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sheet: a header row and rows of typed cells. A cell is a {@link String}, a {@link Number}
 * (written as a number, so Excel can sort and sum it) or null (empty).
 *
 * @param sheet the sheet's name (at most 31 characters in Excel)
 */
public record Table(String sheet, List<Column> columns, List<List<Object>> rows) {
  public Table {
    Objects.requireNonNull(sheet, "sheet");
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("row of " + r.size() + " cells under "
            + columns.size() + " columns");
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = List.copyOf(copy);
  }

  /**
   * A column.
   *
   * @param header its heading
   * @param width its width in characters (a Chinese character counts as two)
   */
  public record Column(String header, int width) {}

  /** Builds a table row by row. */
  public static final class Builder {
    private final String sheet;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    public Builder(String sheet) {
      this.sheet = sheet;
    }

    public Builder column(String header, int width) {
      columns.add(new Column(header, width));
      return this;
    }

    public Builder row(Object... cells) {
      rows.add(java.util.Arrays.asList(cells));
      return this;
    }

    public Table build() {
      return new Table(sheet, columns, rows);
    }
  }
}
