package org.planscope.index;

import java.text.Collator;
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

  private static String value(Stored d) {
    return d.get(Fields.VALUE_TEXT) != null ? d.get(Fields.VALUE_TEXT) : d.get(Fields.VALUE);
  }

  /** Adds the row of a target document unless its plan has a better one already (best first). */
  static void compareRow(Map<String, CompareRow> best, Stored d) {
    String plan = d.get(Fields.PLAN);
    if (best.containsKey(plan)) {
      return;
    }
    String year = d.get(Fields.YEAR);
    best.put(plan, new CompareRow(d.get(Fields.REGION), d.get(Fields.LEVEL),
        d.get(Fields.PROVINCE), plan, d.get(Fields.TITLE), d.get(Fields.INDICATOR),
        d.get(Fields.INDICATOR_ID), d.get(Fields.OP), value(d), d.get(Fields.VALUE_UNIT),
        year == null ? null : Integer.valueOf(year), d.get(Fields.TEXT)));
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
