package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.model.Op;
import org.planscope.model.Plan;

/**
 * Equal scores rank by document id: the same page whatever order the plans were indexed in
 * (a batch indexes in parallel, so that order is not fixed), and what the Solr backend answers.
 */
class TieOrderTest {
  @TempDir Path tmp;

  /** Four plans whose goal 2 is the same sentence, so its hits tie exactly. */
  static List<Plan> plans() {
    return List.of(
        TestPlans.womenPlan("d", "sha-d", "博山区", "区", "山东省", Op.LE, "10", 2025),
        TestPlans.womenPlan("a", "sha-a", "鹿寨县", "县", "广西壮族自治区", Op.LE, "12", 2030),
        TestPlans.womenPlan("c", "sha-c", "岢岚县", "县", "山西省", Op.LE, "12.5", 2025),
        TestPlans.womenPlan("b", "sha-b", "清远市", "市", "广东省", Op.LE, "8", 2030));
  }

  List<String> ids(List<Plan> order, SearchRequest r) throws Exception {
    Path dir = tmp.resolve("index-" + order.get(0).id() + "-" + r.exactCounts());
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      for (Plan p : order) {
        u.put(Path.of("/plans", p.id() + ".txt"), p);
      }
      u.commit();
    }
    try (PlanSearcher s = PlanSearcher.open(dir)) {
      List<String> out = new ArrayList<>();
      for (SearchResult.Hit h : s.search(r).hits()) {
        out.add(h.id() + " " + h.score());
      }
      return out;
    }
  }

  @Test
  void tiedHitsRankByIdWhateverTheIndexingOrder() throws Exception {
    SearchRequest r = SearchRequest.of("达到70%以上").withLimit(2);
    List<Plan> forward = plans();
    List<Plan> backward = new ArrayList<>(forward);
    Collections.reverse(backward);
    List<String> one = ids(forward, r);
    List<String> two = ids(backward, r);
    assertEquals(one, two);
    assertEquals(2, one.size());
    // the page boundary falls inside the tie: the two smallest ids are shown
    float score = Float.parseFloat(one.get(0).split(" ")[1]);
    assertTrue(score > 1, one.toString());
    assertEquals(score, Float.parseFloat(one.get(1).split(" ")[1]), "the hits tie");
    assertEquals(List.of("a", "b"), one.stream().map(s -> s.split("#")[0]).toList(), one.toString());
    // counting every match ranks the same, scores included
    assertEquals(one, ids(backward, r.withExactCounts(true)));
  }

  @Test
  void aTieLongerThanTheFacetSampleStillRanksById() throws Exception {
    // more plans share the sentence than the facets' sample holds: the page cannot be read from
    // the sample and is ranked by (score, id) over the whole tie
    List<Plan> many = new ArrayList<>();
    for (int i = 0; i < PlanSearcher.FACET_SAMPLE + 30; i++) {
      many.add(TestPlans.womenPlan(String.format("p%04d", (i * 7919) % 10_000), "sha-" + i,
          "鹿寨县", "县", "广西壮族自治区", Op.LE, "12", 2030));
    }
    SearchRequest r = SearchRequest.of("达到70%以上").withLimit(3);
    List<String> forward = ids(many, r);
    List<Plan> backward = new ArrayList<>(many);
    Collections.reverse(backward);
    assertEquals(forward, ids(backward, r));
    assertEquals(List.of("p0000", "p0004", "p0017"),
        forward.stream().map(s -> s.split("#")[0]).toList(), forward.toString());
    assertEquals(forward, ids(backward, r.withExactCounts(true)));
  }
}
