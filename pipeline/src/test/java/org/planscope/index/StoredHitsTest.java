package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which target of a plan stands for it in a comparison. */
class StoredHitsTest {
  private static StoredHits.Stored doc(String id, String year, String value) {
    Map<String, String> f = Map.of(Fields.ID, id, Fields.PLAN, "p", Fields.REGION, "新会区",
        Fields.YEAR, year, Fields.VALUE, value, Fields.OP, "<=", Fields.PERIOD, "2021-2030");
    return new StoredHits.Stored() {
      @Override
      public String get(String field) {
        return f.get(field);
      }

      @Override
      public List<String> all(String field) {
        return f.containsKey(field) ? List.of(f.get(field)) : List.of();
      }
    };
  }

  /** A goal's 2025 stage and its 2030 target score alike: the one due last stands for the plan. */
  @Test
  void theTargetDueLastStandsForItsPlan() {
    List<StoredHits.Scored> both = List.of(new StoredHits.Scored(2f, doc("p#3.1", "2025", "4.5")),
        new StoredHits.Scored(2f, doc("p#3.2", "2030", "4")));
    assertEquals("2030 4", row(both));
    assertEquals("2030 4", row(List.of(both.get(1), both.get(0))));
    // a better match wins whatever its year
    assertEquals("2025 4.5", row(List.of(new StoredHits.Scored(3f, doc("p#3.1", "2025", "4.5")),
        new StoredHits.Scored(2f, doc("p#3.2", "2030", "4")))));
  }

  private static String row(List<StoredHits.Scored> matches) {
    CompareRow r = StoredHits.compareRows(matches).get(0);
    return r.year() + " " + r.value();
  }
}
