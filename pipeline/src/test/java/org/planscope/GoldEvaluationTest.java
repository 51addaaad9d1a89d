package org.planscope;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planscope.json.PlanJson;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;
import org.planscope.testing.GoldScorer;

/**
 * Extraction quality against the project's copy of the hand-checked gold
 * (src/test/resources/gold), scored like the independent scorer. Each floor is a bar from the
 * issue tracker; a change that drops below one fails the build.
 */
class GoldEvaluationTest {
  static final String[] DOCS = {
    "000_45ac20729b4d0109.txt", "001_2326e9fea2e2f594.txt", "002_0c1943d3f0fd6db3.txt",
    "003_5207edff3c6eb359.txt", "004_0148cfe3e5268b33.txt"
  };
  static GoldScorer scorer;

  @BeforeAll
  static void score() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Plan> plans = Corpus.plans();
    scorer = new GoldScorer();
    for (String doc : DOCS) {
      JsonNode gold = mapper.readTree(Corpus.resource("/gold/" + doc.replace(".txt", ".json")));
      Plan plan = plans.get(doc);
      assertTrue(plan != null, "corpus file missing: " + doc);
      scorer.score(gold, mapper.readTree(PlanJson.line(plan)));
    }
    System.out.println("gold evaluation:\n" + scorer.summary());
  }

  private static void floor(String key, double min) {
    double f = scorer.get(key).f1();
    assertTrue(f >= min, key + " F1 " + f + " below the floor " + min + "\n" + scorer.summary()
        + String.join("\n", scorer.misses.stream().limit(60).toList()));
  }

  @Test
  void metadata() {
    floor("meta", 0.966);
  }

  @Test
  void domains() {
    floor("domains", 1.00);
  }

  @Test
  void goals() {
    floor("goals", 0.98);
  }

  @Test
  void measures() {
    floor("measures", 0.97);
  }

  @Test
  void targets() {
    floor("targets", 0.95);
  }

  @Test
  void measureTargets() {
    floor("measure_targets", 0.90);
  }

  /** Goal lead / responsible units (plan 001 is the only gold with them). */
  @Test
  void units() {
    floor("units", 0.97);
  }

  /** Recall of the gold's implementation units (组织实施 / 监测评估 duties) among ours. */
  @Test
  void implementationUnits() {
    double r = scorer.get("implementation_units_recall").recall();
    assertTrue(r >= 0.90, "implementation units recall " + r + " below 0.90\n" + scorer.summary());
  }
}
