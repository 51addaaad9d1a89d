package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planscope.model.Block;
import org.planscope.model.PlanText;
import org.planscope.model.Role;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;
import org.planscope.testing.Corpus;
import org.planscope.testing.GoldScorer;

/**
 * Units against the gold, independently of the structure stage: goal extents of plan 001 are
 * found by their gold text in the normalised plan, and the 组织实施 / 监测评估 chapters of all five
 * plans by their headings.
 */
class UnitGoldTest {
  static final String[] DOCS = {
    "000_45ac20729b4d0109.txt", "001_2326e9fea2e2f594.txt", "002_0c1943d3f0fd6db3.txt",
    "003_5207edff3c6eb359.txt", "004_0148cfe3e5268b33.txt"
  };
  /** A chapter heading: 一、… or 第一章 …, short. */
  static final Pattern CHAPTER =
      Pattern.compile("^(?:第[一二三四五六七八九十]+[章部分]|[一二三四五六七八九十]+、)\\s*(\\S{1,20})$");
  static final ObjectMapper MAPPER = new ObjectMapper();
  static UnitExtractor extractor;

  @BeforeAll
  static void setUp() {
    extractor = new UnitExtractor();
  }

  static JsonNode gold(String doc) throws Exception {
    return MAPPER.readTree(Corpus.resource("/gold/" + doc.replace(".txt", ".json")));
  }

  /** Without whitespace, and ASCII commas as the normaliser writes them in Chinese text (，). */
  static String squash(String s) {
    return s.replaceAll("\\s+", "").replace(',', '，');
  }

  /** The normalised block whose text contains the gold goal text (whitespace-insensitive). */
  static Block blockOf(PlanText text, String goalText, int fromBlock, int[] index) {
    String want = squash(goalText);
    List<Block> blocks = text.blocks();
    for (int k = fromBlock; k < blocks.size(); k++) {
      if (squash(text.substring(blocks.get(k).span())).contains(want)) {
        index[0] = k;
        return blocks.get(k);
      }
    }
    return null;
  }

  @Test
  void goalUnitsOfPlan001() throws Exception {
    String doc = DOCS[1];
    PlanText text = Corpus.text(doc);
    JsonNode gold = gold(doc);
    List<String> predicted = new ArrayList<>();
    int[] index = {0};
    int from = 0;
    long nanos = 0;
    int chars = 0;
    for (JsonNode d : gold.path("domains")) {
      for (JsonNode g : d.path("goals")) {
        Block b = blockOf(text, g.path("text").asText(), from, index);
        assertNotNull(b, "goal not found: " + g.path("text").asText());
        from = index[0] + 1;
        String extent = text.substring(b.span());
        long t0 = System.nanoTime();
        List<UnitAssignment> units = extractor.extract(extent, b.span());
        nanos += System.nanoTime() - t0;
        chars += extent.length();
        for (UnitAssignment u : units) {
          assertEquals(u.name(), u.span().in(text.text()), "span of " + u);
          if (u.role() != Role.COOPERATING) {
            predicted.add(key(d.path("name").asText(), g.path("n").asInt(),
                u.role() == Role.LEAD ? "lead" : "responsible", u.name()));
          }
        }
      }
    }
    List<String> expected = new ArrayList<>();
    for (JsonNode u : gold.path("units")) {
      for (String role : List.of("lead", "responsible")) {
        for (JsonNode name : u.path(role)) {
          expected.add(key(u.path("domain").asText(), u.path("goal").asInt(), role, name.asText()));
        }
      }
    }
    double f1 = f1(expected, predicted);
    System.out.printf(Locale.ROOT, "plan 001 goal units: F1 %.4f (gold %d, predicted %d), %.0f chars/ms%n",
        f1, expected.size(), predicted.size(), chars / (nanos / 1e6));
    List<String> missing = new ArrayList<>(expected);
    predicted.forEach(missing::remove);
    List<String> extra = new ArrayList<>(predicted);
    expected.forEach(extra::remove);
    assertTrue(f1 >= 0.97, "units F1 " + f1 + " below 0.97\nmissing " + missing + "\nextra " + extra);
  }

  static String key(String domain, int goal, String role, String name) {
    return GoldScorer.norm(domain) + "#" + goal + "#" + role + "#" + GoldScorer.norm(name);
  }

  static double f1(List<String> gold, List<String> predicted) {
    List<String> left = new ArrayList<>(gold);
    int tp = 0;
    for (String p : predicted) {
      if (left.remove(p)) {
        tp++;
      }
    }
    double precision = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
    double recall = gold.isEmpty() ? 0 : (double) tp / gold.size();
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** The 组织实施 and 监测评估 chapters: from their heading to the next chapter heading. */
  static List<Span> chapters(PlanText text) {
    List<Span> out = new ArrayList<>();
    List<Block> blocks = text.blocks();
    for (int k = 0; k < blocks.size(); k++) {
      Matcher m = CHAPTER.matcher(text.substring(blocks.get(k).span()).strip());
      if (m.matches() && (m.group(1).contains("组织实施") || m.group(1).contains("监测评估"))) {
        int end = text.length();
        for (int j = k + 1; j < blocks.size(); j++) {
          if (CHAPTER.matcher(text.substring(blocks.get(j).span()).strip()).matches()) {
            end = blocks.get(j).span().start();
            break;
          }
        }
        out.add(new Span(blocks.get(k).span().start(), end));
      }
    }
    return out;
  }

  /** Throughput over every paragraph of the corpus (printed, not asserted: the machine drifts). */
  @Test
  void speed() {
    List<String> blocks = new ArrayList<>();
    for (String doc : Corpus.plans().keySet()) {
      PlanText text = Corpus.text(doc);
      text.blocks().forEach(b -> blocks.add(text.substring(b.span())));
    }
    int chars = blocks.stream().mapToInt(String::length).sum();
    long best = Long.MAX_VALUE;
    int found = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      found = 0;
      for (String b : blocks) {
        found += extractor.extract(b, new Span(0, b.length())).size();
        found += extractor.extractDuties(b, new Span(0, b.length())).size();
      }
      best = Math.min(best, System.nanoTime() - t0);
    }
    System.out.printf(Locale.ROOT, "units over %d chars (extract + extractDuties on every paragraph):"
        + " %.0f chars/ms, %d assignments%n", chars, chars / (best / 1e6), found);
    assertTrue(found > 0);
  }

  @Test
  void implementationUnitsRecall() throws Exception {
    int tp = 0;
    int goldCount = 0;
    int predictedCount = 0;
    StringBuilder report = new StringBuilder();
    for (String doc : DOCS) {
      PlanText text = Corpus.text(doc);
      List<Span> chapters = chapters(text);
      assertEquals(2, chapters.size(), doc + " chapters " + chapters);
      List<String> predicted = new ArrayList<>();
      for (Span chapter : chapters) {
        for (UnitAssignment u : extractor.extractDuties(text.substring(chapter), chapter)) {
          assertEquals(u.name(), u.span().in(text.text()), doc + " span of " + u);
          assertNotNull(u.duty(), doc + " duty of " + u);
          predicted.add(GoldScorer.norm(u.name()));
          report.append(doc, 0, 3).append(' ').append(u.name()).append(" | ").append(u.role())
              .append(" | ").append(u.duty()).append('\n');
        }
      }
      List<String> expected = new ArrayList<>();
      gold(doc).path("implementation_units")
          .forEach(u -> expected.add(GoldScorer.norm(u.path("unit").asText())));
      List<String> left = new ArrayList<>(expected);
      for (String p : predicted) {
        if (left.remove(p)) {
          tp++;
        }
      }
      if (!left.isEmpty()) {
        report.append(doc, 0, 3).append(" MISSING ").append(left).append('\n');
      }
      goldCount += expected.size();
      predictedCount += predicted.size();
    }
    double recall = (double) tp / goldCount;
    double precision = (double) tp / predictedCount;
    System.out.printf(Locale.ROOT, "implementation units: recall %.4f precision %.4f (tp %d, gold %d,"
        + " predicted %d)%n%s", recall, precision, tp, goldCount, predictedCount, report);
    assertTrue(recall >= 0.90, "implementation_units recall " + recall + "\n" + report);
  }
}
