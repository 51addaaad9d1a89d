package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.extract.IndicatorTableReader.Column;
import org.planscope.model.Period;

/**
 * Reads the header of an indicator table: which column holds the indicator's name, its number,
 * unit and 属性, which one the target and which earlier years (baselines, interim targets).
 *
 * <p>A header may take two rows when a cell spans the columns below it: 目标值 merged over
 * 2025年 and 2030年, 序号 / 指标名称 / 单位 / 属性 merged down over both rows. The readers give a
 * merged cell's text once, in its first column, and leave the columns and rows it covers blank,
 * so the second row of such a header is blank but for years and column words. The two rows read
 * as one: each column's label is its lower cell together with the upper cell that spans it
 * (2025年 under 目标值 → 2025年目标值), or the upper cell alone (序号).
 *
 * <pre>
 * 序号 | 指标名称 | 单位   | 目标值 |        | 属性
 *      |          |        | 2025年 | 2030年 |
 * 1    | 孕产妇死亡率 | 1/10万 | ≤14   | ≤12    | 约束性   → ≤14 for 2025, ≤12 for 2030
 * </pre>
 */
final class IndicatorTableHeader {
  /**
   * A year column's label: the year, and the words around it (2025年目标, 到2025年). A few words
   * may come first: a PDF table's merged 目标值 centred over its year columns puts its characters
   * in them (目2025年 / 标值2030年).
   */
  private static final Pattern YEAR = Pattern.compile("^(\\D{0,4}?)((?:19|20)\\d\\d)年?(.*)$");
  private static final Pattern HEADER_PUNCT = Pattern.compile("[\\s：:（）()、，,。*]+");

  /**
   * What a table's header says about its columns.
   *
   * @param top the table row the header begins on
   * @param row the table row it ends on; the data rows follow it
   * @param labels each column's label (both rows' words for a two-row header)
   * @param years the year and baseline columns other than the target, in column order, with
   *     the interim ones
   */
  record Header(int top, int row, List<String> labels, int name, int number, int unit,
      int attribute, int target, Integer targetYear, List<Integer> others, List<Integer> interim,
      List<Integer> interimYears, List<Integer> years) {}

  private final Map<Column, List<String>> words;

  IndicatorTableHeader(Map<Column, List<String>> words) {
    this.words = words;
  }

  /**
   * The header among a table's first {@code rows} (each a list of cell texts), or null when the
   * table is no indicator table.
   */
  Header find(List<List<String>> rows, int first, Period period) {
    for (int i = 0; i < Math.min(first, rows.size()); i++) {
      if (i + 1 < rows.size() && filled(rows.get(i)) >= 2 && subHeader(rows.get(i + 1))) {
        Header h = header(merge(rows.get(i), rows.get(i + 1)), i, i + 1, period);
        if (h != null) {
          return h;
        }
      }
      Header h = header(rows.get(i), i, i, period);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  private static int filled(List<String> row) {
    return (int) row.stream().filter(c -> !c.isBlank()).count();
  }

  /** A row blank but for years and column words (2025年 / 2030年 under a merged 目标值). */
  private boolean subHeader(List<String> row) {
    int words = 0;
    for (String cell : row) {
      String h = bare(cell);
      if (h.isEmpty()) {
        continue;
      }
      Matcher y = YEAR.matcher(h);
      String rest = y.matches() ? y.group(1) + y.group(3) : null;
      if (y.matches() ? !rest.isEmpty() && !columnWord(rest) : !columnWord(h)) {
        return false;
      }
      words++;
    }
    return words > 0;
  }

  private boolean columnWord(String h) {
    for (List<String> list : words.values()) {
      if (list.contains(h)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The labels of a two-row header: a column's lower cell with the upper cell spanning it — the
   * nearest upper cell to its left, when every column from there to here has a lower cell.
   */
  static List<String> merge(List<String> upper, List<String> lower) {
    int n = Math.max(upper.size(), lower.size());
    List<String> out = new ArrayList<>(n);
    int span = -1; // the upper cell spanning the columns seen so far, or -1
    for (int c = 0; c < n; c++) {
      String u = c < upper.size() ? upper.get(c).strip() : "";
      String l = c < lower.size() ? lower.get(c).strip() : "";
      if (!u.isEmpty()) {
        span = l.isEmpty() ? -1 : c;
      } else if (l.isEmpty()) {
        span = -1;
      }
      String group = !u.isEmpty() ? u : span >= 0 ? upper.get(span).strip() : "";
      out.add(l.isEmpty() ? group : group.isEmpty() ? l
          : YEAR.matcher(bare(l)).matches() ? l + group : group + l);
    }
    return out;
  }

  /** The header a row's labels are, or null when they do not head an indicator table. */
  private Header header(List<String> labels, int top, int row, Period period) {
    int name = -1;
    int number = -1;
    int unit = -1;
    int attribute = -1;
    int marked = -1;
    int markedYear = -1;
    int latest = -1;
    int latestYear = -1;
    List<Integer> years = new ArrayList<>();
    Map<Integer, Integer> yearOf = new java.util.HashMap<>();
    List<Integer> future = new ArrayList<>();
    List<Integer> futureYears = new ArrayList<>();
    for (int c = 0; c < labels.size(); c++) {
      String h = bare(labels.get(c));
      if (h.isEmpty()) {
        continue;
      }
      Matcher y = YEAR.matcher(h);
      if (y.matches()) {
        int year = Integer.parseInt(y.group(2));
        String rest = y.group(1) + y.group(3);
        years.add(c);
        yearOf.put(c, year);
        if (has(Column.BASE, rest)) {
          continue;
        }
        if (period != null && year >= period.start() && year <= period.end()) {
          future.add(c);
          futureYears.add(year);
        }
        if (has(Column.TARGET, rest) && year > markedYear) {
          marked = c;
          markedYear = year;
        }
        if (year > latestYear) {
          latest = c;
          latestYear = year;
        }
      } else if (name < 0 && endsWith(Column.NAME, h)) {
        name = c;
      } else if (number < 0 && equals(Column.NUMBER, h)) {
        number = c;
      } else if (unit < 0 && equals(Column.UNIT, h)) {
        unit = c;
      } else if (attribute < 0 && equals(Column.ATTRIBUTE, h)) {
        attribute = c;
      } else if (marked < 0 && equals(Column.TARGET, h)) {
        marked = c;
      } else if (equals(Column.BASE, h)) {
        years.add(c); // a baseline column without a year (现状值): a qualifier too
      }
    }
    int target = marked >= 0 ? marked : latest;
    if (name < 0 || target < 0) {
      return null;
    }
    Integer year = target == marked && markedYear > 0 ? Integer.valueOf(markedYear)
        : target == latest && latestYear > 0 ? Integer.valueOf(latestYear)
        : period == null ? null : period.end();
    List<Integer> others = new ArrayList<>(years);
    others.remove(Integer.valueOf(target));
    // the plan's years before the target's (2025年 in a 2021—2030 plan's 2030年 table) are
    // interim targets, not baselines
    List<Integer> interim = new ArrayList<>();
    List<Integer> interimYears = new ArrayList<>();
    for (int k = 0; k < future.size(); k++) {
      if (future.get(k) != target && year != null && futureYears.get(k) < year) {
        interim.add(future.get(k));
        interimYears.add(futureYears.get(k));
      }
    }
    // the values before the target's, in column order: baselines, then interim targets
    List<Integer> series = new ArrayList<>(others);
    series.removeIf(c -> year != null && yearOf.getOrDefault(c, 0) > year);
    others.removeAll(interim);
    return new Header(top, row, List.copyOf(labels), name, number, unit, attribute, target, year,
        others, interim, interimYears, series);
  }

  static String bare(String s) {
    return HEADER_PUNCT.matcher(s).replaceAll("");
  }

  private boolean equals(Column kind, String h) {
    return words.get(kind).contains(h);
  }

  private boolean endsWith(Column kind, String h) {
    for (String w : words.get(kind)) {
      if (h.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean has(Column kind, String h) {
    for (String w : words.get(kind)) {
      if (h.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
