package org.planscope.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tab-separated data file: one header line naming the columns, {@code #} comment lines and
 * blank lines ignored, every row with exactly as many columns as the header (trailing empty
 * columns may be omitted). Rows remember their line number so that later checks can fail with
 * {@code file:line}.
 */
public final class Tsv {
  /** One data row. */
  public record Row(String file, int line, Map<String, String> cells) {
    /** A required, non-empty column. */
    public String get(String column) {
      String v = cells.get(column);
      if (v == null) {
        throw new LexiconException(file, line, "no column '" + column + "'");
      }
      if (v.isEmpty()) {
        throw new LexiconException(file, line, "column '" + column + "' is empty");
      }
      return v;
    }

    /** An optional column: null when absent or empty. */
    public String opt(String column) {
      String v = cells.get(column);
      return v == null || v.isEmpty() ? null : v;
    }

    /** A {@code |}-separated list column (possibly empty). */
    public List<String> list(String column) {
      String v = opt(column);
      return v == null ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
      String v = get(column);
      try {
        return Enum.valueOf(type, v);
      } catch (IllegalArgumentException e) {
        throw new LexiconException(file, line, "unknown " + type.getSimpleName() + " '" + v
            + "' (one of " + Arrays.toString(type.getEnumConstants()) + ")");
      }
    }

    public LexiconException error(String message) {
      return new LexiconException(file, line, message);
    }
  }

  private final String file;
  private final List<String> columns;
  private final List<Row> rows;

  private Tsv(String file, List<String> columns, List<Row> rows) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
  }

  /** Loads {@code /models/<name>} from the class path. */
  public static Tsv model(String name) {
    String resource = "/models/" + name;
    InputStream in = Tsv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new LexiconException("models/" + name, 0, "not found on the class path");
    }
    return read("models/" + name, in);
  }

  /** Reads a TSV stream; {@code file} names it in errors. */
  public static Tsv read(String file, InputStream stream) {
    try (InputStream in = stream;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> columns = null;
      List<Row> rows = new ArrayList<>();
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          throw new LexiconException(file, n, "has a byte-order mark; save as UTF-8 without BOM");
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (columns == null) {
          columns = List.of(cells);
          continue;
        }
        if (cells.length > columns.size()) {
          throw new LexiconException(file, n, cells.length + " columns, the header has "
              + columns.size());
        }
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          m.put(columns.get(i), i < cells.length ? cells[i].strip() : "");
        }
        rows.add(new Row(file, n, m));
      }
      if (columns == null) {
        throw new LexiconException(file, n, "has no header line");
      }
      return new Tsv(file, columns, List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  public String file() {
    return file;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Requires the named columns to be present in the header. */
  public Tsv require(String... names) {
    for (String c : names) {
      if (!columns.contains(c)) {
        throw new LexiconException(file, 1, "header lacks column '" + c + "' (has " + columns + ")");
      }
    }
    return this;
  }

  /** Rows keyed by a column; a duplicate key fails with both line numbers. */
  public Map<String, Row> unique(String column) {
    Map<String, Row> out = new java.util.LinkedHashMap<>();
    for (Row row : rows) {
      Row prev = out.putIfAbsent(row.get(column), row);
      if (prev != null) {
        throw new LexiconException(file, row.line(), "duplicate " + column + " '"
            + row.get(column) + "' (first at line " + prev.line() + ")");
      }
    }
    return out;
  }

  public <T> List<T> map(Function<Row, T> f) {
    return rows.stream().map(f).filter(Objects::nonNull).collect(Collectors.toList());
  }
}
