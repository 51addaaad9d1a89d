package org.planscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.planscope.extract.IndicatorCatalogue;
import org.planscope.model.Period;
import org.planscope.structure.PlanTitles;

/**
 * One indicator across the plans, with what a reader compares it to: the national target from
 * the catalogue ({@code 孕产妇死亡率 ≤ 12/10万}, 《中国妇女发展纲要（2021—2030年）》), and, when no plan
 * names the indicator, the catalogue names closest to what was typed.
 *
 * @param catalogueName the catalogue's name for the indicator, or null when it has none
 * @param reference the national target, or null
 * @param suggestions close catalogue names when {@code rows} is empty, best first
 */
public record Comparison(String indicator, String catalogueName, Reference reference,
    List<CompareRow> rows, List<String> suggestions) {
  public Comparison {
    rows = List.copyOf(rows);
    suggestions = List.copyOf(suggestions);
  }

  /** A national target: comparator symbol, value, unit, and the outline that sets it (W, C). */
  public record Reference(String op, String value, String unit, String source) {}

  public static Comparison of(SearchBackend searcher, String indicator)
      throws IOException, QueryParseException {
    List<CompareRow> rows = searcher.compare(indicator);
    IndicatorCatalogue catalogue = IndicatorCatalogue.shared();
    Optional<IndicatorCatalogue.Indicator> entry = catalogue.byId(indicator.strip())
        .or(() -> catalogue.match(indicator));
    if (entry.isEmpty()) {
      entry = rows.stream().map(CompareRow::indicatorId).filter(java.util.Objects::nonNull)
          .findFirst().flatMap(catalogue::byId);
    }
    Reference reference = entry.map(IndicatorCatalogue.Indicator::national)
        .map(n -> new Reference(n.op().symbol(), n.value().toPlainString(), n.unit(), n.source()))
        .orElse(null);
    List<String> suggestions = rows.isEmpty() ? closest(catalogue, indicator, 5) : List.of();
    return new Comparison(indicator, entry.map(IndicatorCatalogue.Indicator::name).orElse(null),
        reference, rows, suggestions);
  }

  /**
   * Each region's newest plan only: per region (and province), the rows of the plans whose period
   * starts latest (2021—2030 over 2011—2020); plans of one period are all kept (a women's and a
   * children's plan), and so are rows without a period.
   */
  public Comparison newest() {
    Map<String, Integer> latest = new HashMap<>();
    for (CompareRow r : rows) {
      Integer start = r.periodStart();
      if (start != null) {
        latest.merge(r.province() + "|" + r.region(), start, Math::max);
      }
    }
    return withRows(rows.stream().filter(r -> r.periodStart() == null
        || r.periodStart().equals(latest.get(r.province() + "|" + r.region()))).toList());
  }

  /**
   * The rows of the plans of one period: {@code 2011-2020}, {@code 2011—2020}, {@code 十三五} (the
   * plan's period is exactly that) or a year {@code 2020} (the plan's period contains it).
   *
   * @throws QueryParseException when {@code spec} names no period
   */
  public Comparison inPeriod(String spec) throws QueryParseException {
    String s = spec == null ? "" : spec.strip();
    if (s.matches("(19|20)\\d\\d年?")) {
      int year = Integer.parseInt(s.substring(0, 4));
      return withRows(rows.stream().filter(r -> r.periodStart() != null
          && r.periodStart() <= year && year <= r.periodEnd()).toList());
    }
    Period p = PlanTitles.period(s);
    if (p == null) {
      throw new QueryParseException("无法识别的时期：" + spec
          + "（例如 2021-2030、2011—2020、十四五、2025） (unknown period)");
    }
    return withRows(rows.stream().filter(r -> Integer.valueOf(p.start()).equals(r.periodStart())
        && Integer.valueOf(p.end()).equals(r.periodEnd())).toList());
  }

  /**
   * The rows of one period ({@link #inPeriod}) when {@code period} is given, else every row when
   * {@code allPeriods}, else each region's newest plan ({@link #newest}): what {@code compare}
   * and {@code /api/compare} show.
   */
  public Comparison select(String period, boolean allPeriods) throws QueryParseException {
    if (period != null && !period.isBlank()) {
      return inPeriod(period);
    }
    return allPeriods ? this : newest();
  }

  /** The same comparison with other rows. */
  public Comparison withRows(List<CompareRow> kept) {
    return new Comparison(indicator, catalogueName, reference, kept, suggestions);
  }

  /** Catalogue names sharing the most character pairs with {@code typed} (Dice over bigrams). */
  static List<String> closest(IndicatorCatalogue catalogue, String typed, int n) {
    Set<String> a = bigrams(typed);
    record Scored(String name, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (IndicatorCatalogue.Indicator i : catalogue.indicators()) {
      double best = 0;
      List<String> names = new ArrayList<>(i.synonyms());
      names.add(0, i.name());
      for (String name : names) {
        Set<String> b = bigrams(name);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        if (!a.isEmpty() && !b.isEmpty()) {
          best = Math.max(best, 2.0 * both.size() / (a.size() + b.size()));
        }
      }
      if (best > 0.2) {
        scored.add(new Scored(i.name(), best));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    return scored.stream().limit(n).map(Scored::name).toList();
  }

  private static Set<String> bigrams(String s) {
    String t = s == null ? "" : s.replaceAll("\\s+", "");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < t.length(); i++) {
      out.add(t.substring(i, i + 2));
    }
    return out;
  }
}
