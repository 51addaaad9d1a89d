package org.planscope.monitor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.planscope.extract.IndicatorCatalogue;
import org.planscope.extract.IndicatorCatalogue.Indicator;
import org.planscope.model.Plan;
import org.planscope.model.Target;
import org.planscope.structure.PlaceNames;

/**
 * Plans and a table of actual values → a {@link MonitorReport}. A row's region is matched by name,
 * short name or GB/T 2260 code (鹿寨县, 鹿寨, 450223) against the plans' regions, its indicator by
 * the catalogue's names and synonyms (村委会成员中女性比例 → female_share_village_committee), its
 * value converted into the catalogue's unit (5.2‰ → 0.52%). Every row not used is kept in the
 * report with its reason. Then every stated, linked target of every plan whose region has values
 * for its indicator is evaluated ({@link TargetCheck}).
 */
public final class Monitor {
  private final IndicatorCatalogue catalogue;
  private final Units units;

  public Monitor() {
    this(IndicatorCatalogue.shared(), Units.shared());
  }

  Monitor(IndicatorCatalogue catalogue, Units units) {
    this.catalogue = catalogue;
    this.units = units;
  }

  /** A value read and placed: its region, its indicator, the point. */
  private record Placed(ActualRow row, String region, Indicator indicator, Point point) {}

  public MonitorReport evaluate(List<Plan> plans, List<ActualRow> rows) {
    List<RowIssue> issues = new ArrayList<>();
    Map<String, Map<String, TreeMap<Integer, Placed>>> obs = new LinkedHashMap<>();
    for (ActualRow row : rows) {
      place(row, plans, issues, obs);
    }
    List<Evaluation> evaluations = new ArrayList<>();
    Set<String> targeted = new LinkedHashSet<>();
    for (Plan plan : plans) {
      String region = plan.region().name();
      Map<String, TreeMap<Integer, Placed>> byIndicator = obs.getOrDefault(region, Map.of());
      Set<String> seen = new java.util.HashSet<>();
      List<Target> targets = plan.items().flatMap(i -> i.targets().stream())
          .filter(t -> t.stated() && t.linked() && (t.value() != null || t.valueText() != null))
          .toList();
      for (Target t : targets) {
        TreeMap<Integer, Placed> series = byIndicator.get(t.indicatorId());
        int year = t.year() != null ? t.year() : plan.period() != null ? plan.period().end() : 0;
        String dedupe = t.indicatorId() + "|" + t.op() + "|" + t.value() + "|" + t.valueText()
            + "|" + t.unit() + "|" + year + "|" + t.relative() + "|" + t.baseYear();
        if (series == null || year == 0 || !seen.add(dedupe)) {
          continue;
        }
        targeted.add(region + "|" + t.indicatorId());
        Indicator ind = series.firstEntry().getValue().indicator();
        EvaluationKey key = new EvaluationKey(plan.id(), plan.title(), region, ind.id(),
            ind.name(), ind.unit(), ind.direction() == IndicatorCatalogue.Direction.LOWER);
        List<Point> points = series.values().stream().map(Placed::point).toList();
        evaluations.add(TargetCheck.evaluate(key, t, year, points, units));
      }
    }
    int used = 0;
    for (Map.Entry<String, Map<String, TreeMap<Integer, Placed>>> r : obs.entrySet()) {
      for (Map.Entry<String, TreeMap<Integer, Placed>> i : r.getValue().entrySet()) {
        if (targeted.contains(r.getKey() + "|" + i.getKey())) {
          used += i.getValue().size();
          continue;
        }
        for (Placed p : i.getValue().values()) {
          issues.add(new RowIssue(p.row(), RowIssue.UNMATCHED, "“" + r.getKey()
              + "”的规划中没有指标“" + p.indicator().name() + "”的量化目标"));
        }
      }
    }
    issues.sort(Comparator.comparingInt(i -> i.row().line()));
    return new MonitorReport(rows.size(), used, evaluations, series(evaluations, obs), issues);
  }

  private static List<Series> series(List<Evaluation> evaluations,
      Map<String, Map<String, TreeMap<Integer, Placed>>> obs) {
    Map<String, List<Evaluation>> grouped = new LinkedHashMap<>();
    for (Evaluation e : evaluations) {
      grouped.computeIfAbsent(e.region() + "|" + e.indicatorId(), k -> new ArrayList<>()).add(e);
    }
    List<Series> out = new ArrayList<>();
    for (List<Evaluation> g : grouped.values()) {
      Evaluation e = g.get(0);
      List<Point> points = obs.get(e.region()).get(e.indicatorId()).values().stream()
          .map(Placed::point).toList();
      out.add(new Series(e.region(), e.indicatorId(), e.indicator(), e.unit(), points, g));
    }
    return out;
  }

  /** Reads one row into {@code obs}, or adds the reason it cannot be used to {@code issues}. */
  private void place(ActualRow row, List<Plan> plans, List<RowIssue> issues,
      Map<String, Map<String, TreeMap<Integer, Placed>>> obs) {
    List<String> regions = new ArrayList<>();
    String regionProblem = matchRegion(row.region(), plans, regions);
    Optional<Indicator> ind = row.indicator().isEmpty() ? Optional.empty()
        : catalogue.match(row.indicator()).or(() -> catalogue.byId(row.indicator()));
    if (regionProblem != null || ind.isEmpty()) {
      String why = regionProblem;
      if (ind.isEmpty()) {
        String i = row.indicator().isEmpty() ? "未填写指标"
            : "指标“" + row.indicator() + "”不在指标目录中";
        why = why == null ? i : why + "；" + i;
      }
      issues.add(new RowIssue(row, RowIssue.UNMATCHED, why));
      return;
    }
    Integer year = year(row.year());
    if (year == null) {
      issues.add(new RowIssue(row, RowIssue.REFUSED, "年份“" + row.year() + "”不是四位年份"));
      return;
    }
    String unit = row.unit();
    String v = row.value().replace(",", "").replace("，", "");
    if (unit.isEmpty() && (v.endsWith("%") || v.endsWith("‰"))) {
      unit = v.substring(v.length() - 1);
      v = v.substring(0, v.length() - 1).strip();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(v);
    } catch (NumberFormatException e) {
      issues.add(new RowIssue(row, RowIssue.REFUSED, "数值“" + row.value() + "”不是数字"));
      return;
    }
    Units.Converted c = units.convert(value, unit, ind.get().unit());
    if (!c.ok()) {
      issues.add(new RowIssue(row, RowIssue.REFUSED, c.refusal()));
      return;
    }
    for (String region : regions) {
      TreeMap<Integer, Placed> series = obs.computeIfAbsent(region, k -> new LinkedHashMap<>())
          .computeIfAbsent(ind.get().id(), k -> new TreeMap<>());
      Placed prev = series.get(year);
      if (prev != null) {
        issues.add(new RowIssue(row, RowIssue.REFUSED, "与第 " + prev.row().line()
            + " 行重复（同一地区、指标、年份），只用第 " + prev.row().line() + " 行"));
        return;
      }
      series.put(year, new Placed(row, region, ind.get(), new Point(year, c.value(), row.source())));
    }
  }

  private static Integer year(String s) {
    String y = s.endsWith("年") ? s.substring(0, s.length() - 1).strip() : s;
    if (y.endsWith(".0")) {
      y = y.substring(0, y.length() - 2); // a year cell of a spreadsheet read as a number
    }
    return y.matches("(19|20)\\d\\d") ? Integer.valueOf(y) : null;
  }

  /**
   * The plan regions a typed region stands for, into {@code out}; null when found, else the reason.
   */
  static String matchRegion(String typed, List<Plan> plans, List<String> out) {
    if (typed.isEmpty()) {
      return "未填写地区";
    }
    Set<String> names = new LinkedHashSet<>();
    boolean code = typed.matches("\\d{6}");
    if (code) {
      String n = PlaceNames.nameOfCode(typed);
      if (n == null) {
        return "区划代码“" + typed + "”不在行政区划表中";
      }
    } else {
      names.add(typed);
      names.addAll(PlaceNames.candidates(typed));
    }
    Map<String, String> found = new LinkedHashMap<>(); // region name → code or province
    for (Plan p : plans) {
      String name = p.region().name();
      boolean hit = code ? typed.equals(p.region().code())
          || (p.region().code() == null && name != null && name.equals(PlaceNames.nameOfCode(typed)))
          : names.contains(name);
      if (hit && name != null) {
        found.putIfAbsent(name, String.valueOf(p.region().province()));
      }
    }
    if (found.isEmpty()) {
      return (code ? "区划代码“" + typed + "”（" + PlaceNames.nameOfCode(typed) + "）" : "地区“" + typed + "”")
          + "没有已入库的规划";
    }
    out.addAll(found.keySet());
    return null;
  }
}
