package org.planscope.audit;

import org.planscope.format.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planscope.Pipeline;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;

/**
 * The audit against a judged set ({@code audit/judged.tsv}): every finding on the corpus and on the
 * fixtures {@code audit/judged/fx-*.txt}, marked right or wrong by reading the plan. HIGH and
 * MEDIUM findings must stay right at least 95% of the time, and a new HIGH or MEDIUM finding fails
 * the build until someone judges it.
 */
class JudgedFindingsTest {
  private static final Pattern CODE = Pattern.compile("^\\[([A-Z_]+)\\]");

  private static Map<String, Finding> found;
  private static Map<String, Tsv.Row> judged;

  @BeforeAll
  static void audit() throws Exception {
    found = new LinkedHashMap<>();
    List<Plan> corpus = new ArrayList<>(Corpus.plans().values());
    index("corpus", new Auditor().audit(corpus,
        new AuditContext(corpus, CatalogueReferenceData.load())));
    List<Plan> fixtures = fixtures();
    index("fixtures", new Auditor().audit(fixtures,
        new AuditContext(fixtures, CatalogueReferenceData.load())));
    judged = new LinkedHashMap<>();
    Tsv tsv = Tsv.read("audit/judged.tsv",
        JudgedFindingsTest.class.getResourceAsStream("/audit/judged.tsv"));
    for (Tsv.Row r : tsv.rows()) {
      String key = String.join("|", r.get("set"), r.get("plan"), r.get("rule"),
          r.get("severity"), nz(r.opt("domain")), nz(r.opt("item")), nz(r.opt("indicator")));
      if (!r.get("verdict").equals("right") && !r.get("verdict").equals("wrong")) {
        throw r.error("verdict is right or wrong");
      }
      if (judged.put(key, r) != null) {
        throw r.error("judged twice: " + key);
      }
    }
  }

  private static List<Plan> fixtures() throws Exception {
    Path dir = Path.of(JudgedFindingsTest.class.getResource("/audit/judged").toURI());
    Pipeline pipeline = new Pipeline();
    List<Plan> plans = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        plans.add(pipeline.run(f));
      }
    }
    return plans;
  }

  private static void index(String set, AuditReport report) {
    for (Finding f : report.findings()) {
      String indicator = f.indicator();
      if (f.ruleId().equals("DOUBTFUL_EXTRACTION")) {
        Matcher m = CODE.matcher(f.message().zh());
        indicator = m.find() ? m.group(1) : "";
      }
      String key = String.join("|", set, f.where().planId(), f.ruleId(), f.severity().name(),
          nz(f.where().domain()), f.where().item(Lang.ZH), nz(indicator));
      if (found.put(key, f) != null) {
        throw new AssertionError("two findings share the key " + key);
      }
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static boolean serious(String severity) {
    return severity.equals("HIGH") || severity.equals("MEDIUM");
  }

  @Test
  void theJudgedSetIsLargeEnough() {
    assertTrue(judged.size() >= 60, "only " + judged.size() + " judged findings");
  }

  @Test
  void everyHighAndMediumFindingIsJudged() {
    List<String> unjudged = found.entrySet().stream()
        .filter(e -> serious(e.getValue().severity().name()) && !judged.containsKey(e.getKey()))
        .map(e -> e.getKey() + "  " + e.getValue().message().zh()).toList();
    assertEquals(List.of(), unjudged, "judge these in audit/judged.tsv");
  }

  @Test
  void everyJudgedFindingIsStillFound() {
    List<String> stale = judged.keySet().stream().filter(k -> !found.containsKey(k)).toList();
    assertEquals(List.of(), stale, "no longer found: update audit/judged.tsv; found: "
        + found.keySet().stream().filter(k -> !judged.containsKey(k)).toList());
  }

  @Test
  void highAndMediumPrecisionIsAtLeast95Percent() {
    long right = judged.entrySet().stream()
        .filter(e -> serious(e.getValue().get("severity")) && found.containsKey(e.getKey()))
        .filter(e -> e.getValue().get("verdict").equals("right")).count();
    long all = judged.entrySet().stream()
        .filter(e -> serious(e.getValue().get("severity")) && found.containsKey(e.getKey()))
        .count();
    assertTrue(all >= 20, "too few HIGH/MEDIUM findings judged: " + all);
    assertTrue(right >= 0.95 * all, "precision " + right + "/" + all);
  }

  /** Every HIGH finding on the corpus, with its verdict: the list an officer would act on first. */
  @Test
  void everyHighFindingOnTheCorpusWithItsVerdict() {
    List<String> high = found.entrySet().stream()
        .filter(e -> e.getKey().startsWith("corpus|") && e.getValue().severity() == Severity.HIGH)
        .map(e -> e.getKey() + " → " + judged.get(e.getKey()).get("verdict")).toList();
    assertEquals(List.of(
        "corpus|001_2326e9fea2e2f594|WEAKER_THAN_REFERENCE|HIGH|妇女与健康|措施7|"
            + "孕产妇艾滋病、梅毒和乙肝检测率 → right"), high);
  }

  @Test
  void everyFindingNamesItsRegion() {
    List<String> without = found.entrySet().stream()
        .filter(e -> e.getKey().startsWith("corpus|") && e.getValue().where().region() == null)
        .map(Map.Entry::getKey).toList();
    assertEquals(List.of(), without);
  }
}
