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
 * nothing. Column words are data: {@code models/lexicon/indicator-table.tsv}.
 *
 * <p>Per data row: {@code text} is the row as printed (cells tab-separated), {@code number} the
 * 序号 cell, {@code title} the name cell, and one target read from the target column — the column
 * whose header has a target word (目标值, 2025年目标; the latest year among several), else the
 * latest year column — after one for each earlier year column within the plan's period that holds
 * a level (2025年 beside 2030年 in a 2021—2030 plan: an interim target):
 *
 * <ul>
 *   <li>indicator: the name cell without a trailing unit parenthesis (人均预期寿命（岁） →
 *       人均预期寿命, unit 岁); the unit is that parenthesis, else the 单位 column, else a % / ‰
 *       printed with the value;
 *   <li>op: a comparator printed with the value (≤12 → {@code <=}, <5 → {@code <}, 95%以上 → {@code
 *       >=}, 不低于90 → {@code >=}); a bare value takes the catalogue indicator's good direction
 *       (HIGHER → {@code >=}, LOWER → {@code <=}), and {@code =} when the indicator is not in the
 *       catalogue;
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
  private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d\\d)年?(.*)$");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern HEADER_PUNCT = Pattern.compile("[\\s：:（）()、，,。*]+");
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

  /** What a table's header row says about its columns. */
  private record Header(int row, int name, int number, int unit, int attribute, int target,
      Integer targetYear, List<Integer> others, List<Integer> interim, List<Integer> interimYears) {}

  private final Map<Column, List<String>> words = new EnumMap<>(Column.class);
  private final List<Map.Entry<String, Op>> ops = new ArrayList<>();
  private final IndicatorCatalogue catalogue;
  private final UnitExtractor units;
  private final TargetLexicon lexicon;

  public IndicatorTableReader(IndicatorCatalogue catalogue, UnitExtractor units) {
    this(Holder.TSV, catalogue, units);
  }

  /** The column words, read once per JVM. */
  private static final class Holder {
    static final Tsv TSV = Tsv.model(FILE);
  }

  IndicatorTableReader(Tsv tsv, IndicatorCatalogue catalogue, UnitExtractor units) {
    tsv.require("cue", "kind", "value");
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
    this.catalogue = catalogue;
    this.units = units;
    this.lexicon = TargetLexicon.shared();
  }

  /** What was read: the indicator items in text order. */
  public List<Item> read(PlanText text, Period period, Region region) {
    List<Item> out = new ArrayList<>();
    List<Block> table = new ArrayList<>();
    for (Block b : text.blocks()) {
      if (b.kind() == BlockKind.TABLE_ROW) {
        table.add(b);
      } else if (!table.isEmpty()) {
        table(text, table, period, region, out);
        table.clear();
      }
    }
    if (!table.isEmpty()) {
      table(text, table, period, region, out);
    }
    return out;
  }

  private void table(PlanText text, List<Block> rows, Period period, Region region,
      List<Item> out) {
    String t = text.text();
    Header h = null;
    for (int i = 0; i < Math.min(HEADER_ROWS, rows.size()) && h == null; i++) {
      h = header(cells(t, rows.get(i).span()), i, t, period);
    }
    if (h == null) {
      return;
    }
    Span tableSpan = new Span(rows.get(h.row()).span().start(), rows.get(rows.size() - 1).span().end());
    List<List<UnitAssignment>> rowUnits = units.tableUnits(text.substring(tableSpan), tableSpan);
    List<Span> header = cells(t, rows.get(h.row()).span());
    int dataRow = -1;
    int n = 0;
    for (int i = h.row() + 1; i < rows.size(); i++) {
      Span row = rows.get(i).span();
      if (RULE.matcher(row.in(t)).matches()) {
        continue;
      }
      dataRow++;
      List<Span> cells = cells(t, row);
      if (cells.size() == header.size() - 1
          && GROUP_COLUMN.matcher(header.get(0).in(t).strip()).matches()) {
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
      List<String> qualifiers = new ArrayList<>();
      for (int c : h.others()) {
        String v = cell(t, cells, c);
        if (!v.isEmpty() && !isDash(v)) {
          qualifiers.add(header.get(c).in(t).strip() + ": " + v);
        }
      }
      if (h.attribute() >= 0 && !cell(t, cells, h.attribute()).isEmpty()) {
        qualifiers.add(header.get(h.attribute()).in(t).strip() + ": "
            + cell(t, cells, h.attribute()));
      }
      List<Target> targets = new ArrayList<>();
      for (int k = 0; k < h.interim().size(); k++) {
        // an interim year's target (2025年 before 2030年): listed when the cell has a level
        int c = h.interim().get(k);
        String v = cell(t, cells, c);
        if (!v.isEmpty() && !isDash(v) && c < cells.size()) {
          Target interim = target(name, cell(t, cells, h.unit()), v, trim(t, cells.get(c)),
              h.interimYears().get(k), qualifiers);
          if (interim.status() == TargetStatus.STATED) {
            targets.add(interim);
          }
        }
      }
      Span valueSpan = h.target() < cells.size() ? trim(t, cells.get(h.target())) : row;
      targets.add(target(name, cell(t, cells, h.unit()), value, valueSpan, h.targetYear(),
          qualifiers));
      List<UnitAssignment> assigned = dataRow < rowUnits.size()
          ? UnitExtractor.placeIn(rowUnits.get(dataRow), region) : List.of();
      out.add(new Item(ItemKind.INDICATOR, ordinal, number, name, row.in(t), row, row,
          targets, assigned));
    }
  }

  /** The header a row is, or null when it does not head an indicator table. */
  private Header header(List<Span> cells, int row, String t, Period period) {
    int name = -1;
    int number = -1;
    int unit = -1;
    int attribute = -1;
    int marked = -1;
    int markedYear = -1;
    int latest = -1;
    int latestYear = -1;
    List<Integer> years = new ArrayList<>();
    List<Integer> future = new ArrayList<>();
    List<Integer> futureYears = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      String h = bare(cells.get(c).in(t));
      if (h.isEmpty()) {
        continue;
      }
      Matcher y = YEAR.matcher(h);
      if (y.matches()) {
        int year = Integer.parseInt(y.group(1));
        String rest = y.group(2);
        years.add(c);
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
    others.removeAll(interim);
    return new Header(row, name, number, unit, attribute, target, year, others, interim,
        interimYears);
  }

  /** One row's target, read from its target cell. */
  private Target target(String nameCell, String unitCell, String cell, Span span, Integer year,
      List<String> qualifiers) {
    String indicator = nameCell;
    String unit = unitCell.isEmpty() ? null : unitCell;
    int open = unitParen(nameCell);
    if (open > 0) {
      indicator = nameCell.substring(0, open).strip();
      unit = nameCell.substring(open + 1, nameCell.length() - 1).strip();
    }
    unit = unit == null ? null : PER.getOrDefault(unit, unit);
    String id = catalogue.match(indicator).map(IndicatorCatalogue.Indicator::id).orElse(null);
    String v = org.planscope.lexicon.Fold.key(cell);
    Matcher m = NUMBER.matcher(v);
    Op op = null;
    BigDecimal value = null;
    if (m.find() && !NUMBER.matcher(v).region(m.end(), v.length()).find()) {
      String before = v.substring(0, m.start());
      String after = v.substring(m.end());
      Op pre = before.isEmpty() ? null : prefixOp(before);
      Op post = null;
      TargetLexicon.Cue postCue = null;
      String rest = after;
      for (int i = 0; i <= after.length() && postCue == null; i++) {
        postCue = lexicon.postAt(after, i);
        if (postCue != null && i + postCue.text().length() == after.length()) {
          rest = after.substring(0, i);
          post = postCue.op();
        } else {
          postCue = null;
        }
      }
      boolean levelUnit = rest.isEmpty() || rest.equals(unit) || rest.equals("%")
          || rest.equals("‰") || (unit != null && unit.endsWith(rest) && rest.startsWith("/"));
      if ((before.isEmpty() || pre != null) && levelUnit) {
        value = new BigDecimal(m.group());
        if (unit == null && !rest.isEmpty()) {
          unit = rest;
        }
        op = post != null ? post : pre != null ? pre : defaultOp(id);
      }
    }
    if (value == null) {
      return new Target(indicator, id, null, null, null, unit, cell, span,
          TargetStatus.MISSING_VALUE, year, qualifiers);
    }
    return new Target(indicator, id, op, value, null, unit, cell, span, TargetStatus.STATED, year,
        qualifiers);
  }

  /** The op of a comparator that is the whole text before a value (≤, 不低于), or null. */
  private Op prefixOp(String before) {
    for (Map.Entry<String, Op> e : ops) {
      if (before.equals(e.getKey())) {
        return e.getValue();
      }
    }
    TargetLexicon.Cue cue = lexicon.preEndingAt(before, before.length());
    return cue != null && cue.text().length() == before.length() && cue.strength() >= 1
        && cue.kind() == TargetLexicon.CueKind.PLAIN ? cue.op() : null;
  }

  private Op defaultOp(String id) {
    if (id == null) {
      return Op.EQ;
    }
    return catalogue.byId(id).map(i -> i.direction() == IndicatorCatalogue.Direction.HIGHER
        ? Op.GE : Op.LE).orElse(Op.EQ);
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

  private static String bare(String s) {
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
