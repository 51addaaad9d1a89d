package org.planscope.history;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planscope.format.Lang;
import org.planscope.model.Plan;
import org.planscope.structure.PlaceNames;
import org.planscope.structure.PlanTitles;

/**
 * The plans of one region and one kind across periods: 柳城县妇女发展规划（2011—2020年） and
 * （2021—2030年）, or a 十三五 and a 十四五 plan. Plans belong together when their region (name and
 * province) and plan type are the same; sector plans ({@code other}) also need the same field
 * read from the title (卫生健康事业发展 and 卫生与健康 are both 卫生健康). Plans without a period are left out; of two plans with the
 * same period the first by id is kept.
 *
 * @param plans oldest first
 */
public record Series(String region, String level, String province, String planType,
    String field, List<Plan> plans) {
  public Series {
    plans = List.copyOf(plans);
  }

  /** Every series in {@code plans}, by province and region (Chinese collation), then type. */
  public static List<Series> of(List<Plan> plans) {
    Map<String, List<Plan>> groups = new LinkedHashMap<>();
    List<Plan> sorted = new ArrayList<>(plans);
    sorted.sort(Comparator.comparing(Plan::id));
    for (Plan p : sorted) {
      if (p.period() == null || p.region().name() == null) {
        continue;
      }
      groups.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p);
    }
    List<Series> out = new ArrayList<>();
    for (List<Plan> g : groups.values()) {
      Map<String, Plan> byPeriod = new LinkedHashMap<>();
      for (Plan p : g) {
        byPeriod.putIfAbsent(p.period().start() + "-" + p.period().end(), p);
      }
      List<Plan> ps = new ArrayList<>(byPeriod.values());
      ps.sort(Comparator.comparingInt((Plan p) -> p.period().start())
          .thenComparingInt(p -> p.period().end()));
      Plan first = ps.get(0);
      out.add(new Series(first.region().name(), first.region().level(), first.region().province(),
          first.planType(), field(first), ps));
    }
    Collator zh = Collator.getInstance(Locale.CHINA);
    Comparator<String> names = Comparator.nullsLast(zh::compare);
    out.sort(Comparator.comparing(Series::province, names).thenComparing(Series::region, names)
        .thenComparing(Series::planType, names).thenComparing(Series::field, names));
    return out;
  }

  /**
   * The series of the region named {@code region} (a full name: 柳城县), with the plans of the same
   * division under another of its names (龙胜县 and 龙胜各族自治县: one code).
   */
  public static List<Series> of(List<Plan> plans, String region) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    plans.stream().filter(p -> region.equals(p.region().name()) && p.region().code() != null)
        .forEach(p -> codes.add(p.region().code()));
    return of(plans.stream().filter(p -> region.equals(p.region().name())
        || p.region().code() != null && codes.contains(p.region().code())).toList());
  }

  /**
   * The region a user typed, read through the gazetteer (柳城 → 柳城县), as the plans name it: the
   * typed name when a plan has it, else the one division it stands for that a plan has; null when
   * no plan is of that region.
   */
  public static String region(List<Plan> plans, String typed) {
    String t = typed == null ? "" : typed.strip();
    java.util.Set<String> named = new java.util.HashSet<>();
    plans.forEach(p -> named.add(p.region().name()));
    if (named.contains(t)) {
      return t;
    }
    List<String> c = PlaceNames.candidates(t).stream().filter(named::contains).toList();
    return c.size() == 1 ? c.get(0) : null;
  }

  /** The regions with plans of more than one period, for a hint when a region has none. */
  public static List<String> regionsWithSeveralPeriods(List<Plan> plans) {
    return of(plans).stream().filter(s -> s.plans().size() > 1).map(Series::region).distinct()
        .toList();
  }

  /** One division under one key, whichever of its names a plan prints (the gazetteer's code). */
  private static String key(Plan p) {
    String where = p.region().code() != null ? "#" + p.region().code()
        : p.region().province() + "|" + p.region().name();
    return where + "|" + p.planType() + "|" + field(p);
  }

  /**
   * A sector plan's field without the words titles of one field vary by (与, 和, 及, 事业, 发展):
   * 卫生与健康 (十三五) and 卫生健康事业发展 (十四五) are both 卫生健康.
   */
  static String field(Plan p) {
    if (!"other".equals(p.planType())) {
      return "";
    }
    return FIELD_FILLERS.matcher(PlanTitles.field(p.title(), p.region())).replaceAll("");
  }

  private static final java.util.regex.Pattern FIELD_FILLERS =
      java.util.regex.Pattern.compile("[与和及、]|事业|发展");

  /** 妇女发展规划, 儿童发展规划, or the field of a sector plan with 规划. */
  public String label(Lang lang) {
    if ("women".equals(planType)) {
      return lang.pick("妇女发展规划", "women's development plans");
    }
    if ("children".equals(planType)) {
      return lang.pick("儿童发展规划", "children's development plans");
    }
    if ("women_children".equals(planType)) {
      return lang.pick("妇女儿童发展规划", "women's and children's development plans");
    }
    return field == null || field.isEmpty() ? lang.pick("规划", "plans")
        : field + lang.pick("规划", " plans");
  }

  /** 2011—2020年, or 十四五 (2021—2025年) for a five-year plan's period. */
  public static String period(Plan p) {
    String years = p.period().start() + "—" + p.period().end() + "年";
    String five = PlanTitles.fiveYearName(p.period());
    return five == null ? years : "“" + five + "”（" + years + "）";
  }
}
