package org.planscope.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Op;
import org.planscope.model.Period;
import org.planscope.model.PlanText;
import org.planscope.model.Region;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;
import org.planscope.model.UnitAssignment;

/**
 * Reads indicator tables (主要指标 / 发展目标 tables) into items of kind {@link ItemKind#INDICATOR},
 * one per data row. A table is a run of {@link BlockKind#TABLE_ROW} blocks (cells separated by
 * tabs: Word and HTML tables, and markdown pipe tables as the normaliser renders them). It is an
 * indicator table when a row within its first three has an indicator-name column (指标 / 指标名称)
 * and at least one year column (2020年, 2025年目标) or a target column (目标值); other tables give
 * nothing. Column words are data: {@code models/lexicon/indicator-table.tsv}. A header printed
 * over two rows (目标值 merged over 2025年 and 2030年) reads as one ({@link IndicatorTableHeader}).
 *
 * <p>Per data row: {@code text} is the row as printed (cells tab-separated), {@code number} the
 * 序号 cell, {@code title} the name cell, and one target read from the target column — the column
 * whose header has a target word (目标值, 2025年目标; the latest year among several), else the
 * latest year column — after one for each earlier year column within the plan's period that holds
 * a level (2025年 beside 2030年 in a 2021—2030 plan: an interim target):
 *
 * <ul>
 *   <li>indicator: the name cell without a trailing unit parenthesis (人均预期寿命（岁） →
 *       人均预期寿命, unit 岁); the unit is the one printed with the value (11.2年), else that
 *       parenthesis, else the 单位 column;
 *   <li>value, unit and op: as {@link TableCellValue} reads the cell — a comparator or bound
 *       printed with the value (≤12 → {@code <=}, 95%以上 → {@code >=}, 15/10万以下 → {@code <=}
 *       15 1/10万, 80岁以上 → {@code >=} 80 岁, 1∶3 → "1:3" ratio); a bare value (79.5, 11.2年) is a
 *       level to reach, its op the indicator's direction ({@link BareValueDirection}: the plan's
 *       goals, the catalogue, the row's trend from its baseline);
 *   <li>year: the target column's year, else the plan period's end year, else none;
 *   <li>qualifiers: each other year column with a value ({@code 2020年: 14.2}) and the 属性 cell
 *       ({@code 属性: 约束性});
 *   <li>a target cell that is not a level — no number (—, 持续降低), or a number inside other words
 *       (力争每年降低0.5个百分点以上 is a rate of change) — gives a {@link TargetStatus#MISSING_VALUE}
 *       target whose raw text is the cell: the row stays listed and the audit sees it.
 * </ul>
 *
 * <p>Units of a 责任单位 / 牵头单位 column are read by {@link UnitExtractor#tableUnits}.
 *
 * <p>Thread-safe; build once and share.
 */
public final class IndicatorTableReader {
  static final String FILE = "lexicon/indicator-table.tsv";
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** A row that is only a rule or blank (a markdown |---| line). */
  private static final Pattern RULE = Pattern.compile("[\\s|:\\-—]*");
  /** A rate's unit as a header prints it → as the prose reader names it (孕产妇死亡率（/10万）). */
  private static final Map<String, String> PER = Map.of("/10万", QuantityFinder.PER_100K,
      "/十万", QuantityFinder.PER_100K, "十万分之", QuantityFinder.PER_100K,
      "/万", QuantityFinder.PER_10K, "万分之", QuantityFinder.PER_10K);
  /** A first column that groups rows (类别 / 领域), its cell merged over them. */
  private static final Pattern GROUP_COLUMN = Pattern.compile("(?:指标)?(?:类别|领域|分类|类型|方面)");
  /** Header rows are looked for among this many first rows of a table. */
  private static final int HEADER_ROWS = 3;

  enum Column { NAME, NUMBER, UNIT, ATTRIBUTE, TARGET, BASE, OP }

  private final IndicatorTableHeader headers;
  private final TableCellValue values;
  private final IndicatorCatalogue catalogue;
  private final UnitExtractor units;

  public IndicatorTableReader(IndicatorCatalogue catalogue, UnitExtractor units) {
    this(Holder.TSV, catalogue, units);
  }

  /** The column words, read once per JVM. */
  private static final class Holder {
    static final Tsv TSV = Tsv.model(FILE);
  }

  IndicatorTableReader(Tsv tsv, IndicatorCatalogue catalogue, UnitExtractor units) {
    tsv.require("cue", "kind", "value");
    Map<Column, List<String>> words = new EnumMap<>(Column.class);
    List<Map.Entry<String, Op>> ops = new ArrayList<>();
    for (Column c : Column.values()) {
      words.put(c, new ArrayList<>());
    }
    for (Tsv.Row r : tsv.rows()) {
      Column kind = r.enumValue("kind", Column.class);
      if (kind == Column.OP) {
        ops.add(Map.entry(r.get("cue"), r.enumValue("value", TargetLexicon.OpName.class).op));
      } else {
        words.get(kind).add(r.get("cue"));
      }
    }
    ops.sort(Comparator.comparingInt((Map.Entry<String, Op> e) -> e.getKey().length()).reversed());
    this.headers = new IndicatorTableHeader(words);
    this.values = new TableCellValue(ops, TargetLexicon.shared());
    this.catalogue = catalogue;
    this.units = units;
  }

  /** What was read: the indicator items in text order; bare values' ops without the goals. */
  public List<Item> read(PlanText text, Period period, Region region) {
    return read(text, period, region, List.of());
  }

  /**
   * What was read: the indicator items in text order.
   *
   * @param goals the targets of the plan's goals, which give a bare value's op (see {@link
   *     BareValueDirection})
   */
  public List<Item> read(PlanText text, Period period, Region region, List<Target> goals) {
    BareValueDirection direction = new BareValueDirection(catalogue, goals);
    List<Item> out = new ArrayList<>();
    List<Block> table = new ArrayList<>();
    for (Block b : text.blocks()) {
      if (b.kind() == BlockKind.TABLE_ROW) {
        table.add(b);
      } else if (!table.isEmpty()) {
        table(text, table, period, region, direction, out);
        table.clear();
      }
    }
    if (!table.isEmpty()) {
      table(text, table, period, region, direction, out);
    }
    return out;
  }

  private void table(PlanText text, List<Block> rows, Period period, Region region,
      BareValueDirection direction, List<Item> out) {
    String t = text.text();
    List<List<String>> first = new ArrayList<>();
    for (int i = 0; i < Math.min(HEADER_ROWS + 1, rows.size()); i++) {
      first.add(cells(t, rows.get(i).span()).stream().map(s -> s.in(t)).toList());
    }
    IndicatorTableHeader.Header h = headers.find(first, HEADER_ROWS, period);
    if (h == null) {
      return;
    }
    Span tableSpan = new Span(rows.get(h.top()).span().start(),
        rows.get(rows.size() - 1).span().end());
    List<List<UnitAssignment>> rowUnits = units.tableUnits(text.substring(tableSpan), tableSpan);
    int dataRow = h.row() - h.top() - 1; // a header's second row is a row to the unit reader
    int n = 0;
    for (int i = h.row() + 1; i < rows.size(); i++) {
      Span row = rows.get(i).span();
      if (RULE.matcher(row.in(t)).matches()) {
        continue;
      }
      dataRow++;
      List<Span> cells = cells(t, row);
      if (cells.size() == h.labels().size() - 1
          && GROUP_COLUMN.matcher(h.labels().get(0).strip()).matches()) {
        // a merged first cell (健康水平 over two rows) left blank, its tab trimmed with the line
        cells.add(0, new Span(row.start(), row.start()));
      }
      String name = cell(t, cells, h.name());
      String value = cell(t, cells, h.target());
      if (name.isEmpty() || (value.isEmpty() && filled(t, cells) < 2)) {
        continue; // a group row (一、健康水平) or an empty line
      }
      n++;
      String number = cell(t, cells, h.number());
      Matcher digits = DIGITS.matcher(number);
      int ordinal = digits.matches() ? Integer.parseInt(number) : n;
      List<UnitAssignment> assigned = dataRow < rowUnits.size()
          ? UnitExtractor.placeIn(rowUnits.get(dataRow), region) : List.of();
      out.add(new Item(ItemKind.INDICATOR, ordinal, number, name, row.in(t), row, row,
          targets(t, h, cells, row, direction), assigned));
    }
  }

  /** A data row's targets: one per interim year with a level, then the target column's. */
  private List<Target> targets(String t, IndicatorTableHeader.Header h, List<Span> cells,
      Span row, BareValueDirection direction) {
    String name = cell(t, cells, h.name());
    List<String> qualifiers = new ArrayList<>();
    for (int c : h.others()) {
      String v = cell(t, cells, c);
      if (!v.isEmpty() && !isDash(v)) {
        qualifiers.add(h.labels().get(c).strip() + ": " + v);
      }
    }
    if (h.attribute() >= 0 && !cell(t, cells, h.attribute()).isEmpty()) {
      qualifiers.add(h.labels().get(h.attribute()).strip() + ": "
          + cell(t, cells, h.attribute()));
    }
    Naming naming = naming(name, cell(t, cells, h.unit()));
    List<BigDecimal> series = new ArrayList<>();
    for (int c : h.years()) {
      TableCellValue.Level l = values.read(cell(t, cells, c), naming.unit());
      if (l != null && l.valueText() == null) {
        series.add(l.value());
      }
    }
    TableCellValue.Level last = values.read(cell(t, cells, h.target()), naming.unit());
    if (last != null && last.valueText() == null) {
      series.add(last.value());
    }
    int trend = BareValueDirection.trend(series);
    List<Target> targets = new ArrayList<>();
    for (int k = 0; k < h.interim().size(); k++) {
      // an interim year's target (2025年 before 2030年): listed when the cell has a level
      int c = h.interim().get(k);
      String v = cell(t, cells, c);
      if (!v.isEmpty() && !isDash(v) && c < cells.size()) {
        Target interim = target(naming, v, trim(t, cells.get(c)), h.interimYears().get(k),
            qualifiers, direction, trend);
        if (interim.status() == TargetStatus.STATED) {
          targets.add(interim);
        }
      }
    }
    Span valueSpan = h.target() < cells.size() ? trim(t, cells.get(h.target())) : row;
    targets.add(target(naming, cell(t, cells, h.target()), valueSpan, h.targetYear(), qualifiers,
        direction, trend));
    return targets;
  }

  /** A row's indicator, its catalogue id and unit. */
  private record Naming(String indicator, String id, String unit) {}

  /**
   * The indicator a name cell names: without a trailing unit parenthesis (人均预期寿命（岁） →
   * 人均预期寿命, unit 岁); the unit is that parenthesis, else the 单位 cell.
   */
  private Naming naming(String nameCell, String unitCell) {
    String indicator = nameCell;
    String unit = unitCell.isEmpty() ? null : unitCell;
    int open = unitParen(nameCell);
    if (open > 0) {
      indicator = nameCell.substring(0, open).strip();
      unit = nameCell.substring(open + 1, nameCell.length() - 1).strip();
    }
    unit = unit == null ? null : PER.getOrDefault(unit, unit);
    String id = catalogue.match(indicator).map(IndicatorCatalogue.Indicator::id).orElse(null);
    return new Naming(indicator, id, unit);
  }

  /** One target, read from a target cell. */
  private Target target(Naming naming, String cell, Span span, Integer year,
      List<String> qualifiers, BareValueDirection direction, int trend) {
    TableCellValue.Level level = values.read(cell, naming.unit());
    if (level == null) {
      return new Target(naming.indicator(), naming.id(), null, null, null, naming.unit(), cell,
          span, TargetStatus.MISSING_VALUE, year, qualifiers);
    }
    Op op = level.op() != null ? level.op()
        : direction.op(naming.indicator(), naming.id(), level.unit(), level.value(), trend);
    return new Target(naming.indicator(), naming.id(), op, level.value(), level.valueText(),
        level.unit(), cell, span, TargetStatus.STATED, year, qualifiers);
  }

  /** Where a trailing unit parenthesis opens (人均预期寿命（岁）), or -1. */
  private static int unitParen(String name) {
    if (name.isEmpty() || (name.charAt(name.length() - 1) != '）'
        && name.charAt(name.length() - 1) != ')')) {
      return -1;
    }
    int open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
    return open > 0 && open < name.length() - 2 ? open : -1;
  }

  private static List<Span> cells(String t, Span row) {
    List<Span> out = new ArrayList<>();
    int a = row.start();
    for (int i = row.start(); i < row.end(); i++) {
      if (t.charAt(i) == '\t') {
        out.add(new Span(a, i));
        a = i + 1;
      }
    }
    out.add(new Span(a, row.end()));
    return out;
  }

  private static String cell(String t, List<Span> cells, int c) {
    return c < 0 || c >= cells.size() ? "" : cells.get(c).in(t).strip();
  }

  private static int filled(String t, List<Span> cells) {
    int n = 0;
    for (Span s : cells) {
      if (!s.in(t).isBlank()) {
        n++;
      }
    }
    return n;
  }

  private static Span trim(String t, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && Character.isWhitespace(t.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  private static boolean isDash(String v) {
    return RULE.matcher(v).matches() || v.equals("/") || v.equals("－");
  }
}
