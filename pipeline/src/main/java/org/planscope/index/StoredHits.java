package org.planscope.index;

import java.text.Collator;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A stored document → a search hit or a compare row, whichever engine stored it, so that both
 * backends build their answers with the same code.
 */
final class StoredHits {
  private StoredHits() {}

  /** The stored fields of one hit. */
  interface Stored {
    String get(String field);

    List<String> all(String field);
  }

  static SearchResult.Hit hit(int rank, float score, Stored d, Highlighter highlighter,
      Map<String, Set<List<String>>> terms) {
    String body = d.get(Fields.TEXT);
    List<int[]> ranges = terms.isEmpty() ? List.of() : highlighter.ranges(body, terms);
    return new SearchResult.Hit(rank, score, d.get(Fields.ID), d.get(Fields.PLAN),
        d.get(Fields.TITLE), d.get(Fields.REGION), d.get(Fields.LEVEL), d.get(Fields.PROVINCE),
        d.get(Fields.CITY), d.get(Fields.PERIOD), d.get(Fields.DOMAIN), d.get(Fields.KIND),
        d.get(Fields.NUMBER), body, highlighter.snippet(body, ranges), ranges,
        d.all(Fields.LEAD), d.all(Fields.RESPONSIBLE), d.all(Fields.DEPT), target(d));
  }

  private static SearchResult.TargetValue target(Stored d) {
    if (!Fields.KIND_TARGET.equals(d.get(Fields.KIND))) {
      return null;
    }
    String year = d.get(Fields.YEAR);
    return new SearchResult.TargetValue(d.get(Fields.INDICATOR), d.get(Fields.INDICATOR_ID),
        d.get(Fields.OP), value(d), d.get(Fields.VALUE_UNIT),
        year == null ? null : Integer.valueOf(year), d.get(Fields.RAW));
  }

  /** A target's year, or 0 when it states none. */
  private static int year(Stored d) {
    String y = d.get(Fields.YEAR);
    return y == null ? 0 : Integer.parseInt(y);
  }

  private static String value(Stored d) {
    return d.get(Fields.VALUE_TEXT) != null ? d.get(Fields.VALUE_TEXT) : d.get(Fields.VALUE);
  }

  /** A matching target document and its score. */
  record Scored(float score, Stored doc) {}

  /**
   * One row per plan: its best-scoring target; between targets of equal score the one due last
   * (2030 over the same goal's 2025 stage), then the one first in the plan (a goal before a
   * measure), by the document id's sequence numbers — not by the engine's document order, which
   * a sharded engine does not share.
   */
  static List<CompareRow> compareRows(List<Scored> matches) {
    return compareRows(matches, List.of(), null);
  }

  /**
   * As {@link #compareRows(List)}, plus a 未量化 row (no value) for each plan that only names the
   * indicator in a goal, measure, key project or indicator ({@code naming}) and sets no target.
   */
  static List<CompareRow> compareRows(List<Scored> matches, List<Stored> naming,
      String indicator) {
    Map<String, Scored> best = new LinkedHashMap<>();
    for (Scored m : matches) {
      String plan = m.doc().get(Fields.PLAN);
      Scored had = best.get(plan);
      int later = had == null ? 0 : Integer.compare(year(m.doc()), year(had.doc()));
      if (had == null || m.score() > had.score() || (m.score() == had.score() && (later > 0
          || later == 0 && Arrays.compare(sequence(m.doc()), sequence(had.doc())) < 0))) {
        best.put(plan, m);
      }
    }
    LinkedHashMap<String, CompareRow> rows = new LinkedHashMap<>();
    for (Map.Entry<String, Scored> e : best.entrySet()) {
      Stored d = e.getValue().doc();
      String year = d.get(Fields.YEAR);
      rows.put(e.getKey(), new CompareRow(d.get(Fields.REGION), d.get(Fields.LEVEL),
          d.get(Fields.PROVINCE), e.getKey(), d.get(Fields.TITLE), d.get(Fields.INDICATOR),
          d.get(Fields.INDICATOR_ID), d.get(Fields.OP), value(d), d.get(Fields.VALUE_UNIT),
          year == null ? periodEnd(d.get(Fields.PERIOD)) : Integer.valueOf(year),
          d.get(Fields.TEXT), d.get(Fields.CITY), d.get(Fields.PERIOD)));
    }
    for (Stored d : naming) {
      String plan = d.get(Fields.PLAN);
      if (!rows.containsKey(plan)) {
        rows.put(plan, new CompareRow(d.get(Fields.REGION), d.get(Fields.LEVEL),
            d.get(Fields.PROVINCE), plan, d.get(Fields.TITLE), indicator, null, null, null, null,
            periodEnd(d.get(Fields.PERIOD)), d.get(Fields.TEXT), d.get(Fields.CITY),
            d.get(Fields.PERIOD)));
      }
    }
    return sorted(rows);
  }

  /** A target without its own year is due at the end of its plan's period (2021-2030 → 2030). */
  static Integer periodEnd(String period) {
    if (period == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})$").matcher(period);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** {@code plan#12.3} → [12, 3]: the item's place in the plan and the target's in the item. */
  static int[] sequence(Stored d) {
    String id = d.get(Fields.ID);
    int hash = id == null ? -1 : id.lastIndexOf('#');
    if (hash < 0) {
      return new int[0];
    }
    String[] parts = id.substring(hash + 1).split("\\.");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        out[i] = Integer.MAX_VALUE;
      }
    }
    return out;
  }

  /** Rows sorted by province, region and plan (Chinese collation; unknown places last). */
  static List<CompareRow> sorted(LinkedHashMap<String, CompareRow> best) {
    List<CompareRow> rows = new ArrayList<>(best.values());
    // Chinese collation (pinyin order: 广东 < 广西 < 山西); unknown places last.
    Collator zh = Collator.getInstance(Locale.CHINA);
    Comparator<String> names = Comparator.nullsLast(zh::compare);
    rows.sort(Comparator.comparing(CompareRow::province, names)
        .thenComparing(CompareRow::region, names)
        .thenComparing(CompareRow::plan));
    return rows;
  }
}
