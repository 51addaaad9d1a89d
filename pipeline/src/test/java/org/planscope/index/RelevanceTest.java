package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;

/**
 * Recall@10 of {@code search} on the hand-judged query set {@code search/queries.tsv} over the
 * shipped corpus, indexed the way {@code ingest} indexes it.
 */
class RelevanceTest {
  static final double RECALL_FLOOR = 0.95;
  /** Expected items the extraction lost may not exceed this share, or the set measures little. */
  static final double NOT_INDEXED_CEILING = 0.15;

  record Expected(String plan, String text) {}

  record Case(int line, String query, Map<String, String> filters, List<Expected> expected) {}

  static Path dir;
  static PlanSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    dir = Files.createTempDirectory("planscope-relevance");
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      for (Path f : Corpus.files()) {
        u.put(f, Corpus.plans().get(f.getFileName().toString()));
      }
      u.commit();
    }
    searcher = PlanSearcher.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    String[] lines = Corpus.resource("/search/queries.tsv").split("\n");
    boolean header = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      assertEquals(3, c.length, "queries.tsv:" + (i + 1) + " needs 3 columns");
      Map<String, String> filters = new java.util.LinkedHashMap<>();
      for (String kv : c[1].split(";")) {
        if (!kv.isBlank()) {
          String[] p = kv.split("=", 2);
          filters.put(p[0].strip(), p[1].strip());
        }
      }
      List<Expected> expected = new ArrayList<>();
      for (String e : c[2].split(" ; ")) {
        String[] p = e.strip().split(":", 2);
        assertEquals(2, p.length, "queries.tsv:" + (i + 1) + ": expected PLAN:TEXT, got '" + e + "'");
        expected.add(new Expected(p[0], squash(p[1])));
      }
      out.add(new Case(i + 1, c[0], filters, expected));
    }
    return out;
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** True when some extracted item of the plan has this text, so the index can find it at all. */
  static boolean indexed(Expected e) {
    for (Map.Entry<String, Plan> p : Corpus.plans().entrySet()) {
      if (p.getKey().startsWith(e.plan)
          && p.getValue().items().anyMatch(i -> squash(i.text()).contains(e.text))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void recallAtTenOverTheJudgedQueries() throws Exception {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 30, "the relevance set has " + cases.size() + " queries");
    int relevant = 0;
    int found = 0;
    int notIndexed = 0;
    int total = 0;
    StringBuilder report = new StringBuilder();
    for (Case c : cases) {
      SearchResult r = searcher.search(new SearchRequest(c.query, c.filters.get("region"),
          c.filters.get("province"), c.filters.get("level"), c.filters.get("domain"),
          c.filters.get("kind"), c.filters.get("unit"), null, 10));
      for (Expected e : c.expected) {
        total++;
        if (!indexed(e)) {
          notIndexed++;
          continue;
        }
        relevant++;
        boolean hit = r.hits().stream().anyMatch(
            h -> h.plan().startsWith(e.plan) && squash(h.text()).contains(e.text));
        if (hit) {
          found++;
        } else {
          report.append(String.format(Locale.ROOT, "  queries.tsv:%d %s → missed %s:%s%n",
              c.line, c.query, e.plan, e.text));
        }
      }
    }
    double recall = found / (double) relevant;
    System.out.printf(Locale.ROOT, "relevance: %d queries, recall@10 %.3f (%d/%d);"
        + " %d expected item(s) not extracted%n%s", cases.size(), recall, found, relevant,
        notIndexed, report);
    assertTrue(recall >= RECALL_FLOOR, String.format(Locale.ROOT, "recall@10 %.3f < %.2f%n%s",
        recall, RECALL_FLOOR, report));
    assertTrue(notIndexed <= NOT_INDEXED_CEILING * total,
        notIndexed + " of " + total + " expected items are not in the index");
  }

  @Test
  void synonymQueriesFindTheOtherWording() throws Exception {
    // 卫健局 is never written in the corpus; the unit is written 区卫生健康局, in the text or as
    // the goal's lead / responsible unit.
    SearchResult r = searcher.search(SearchRequest.of("卫健局"));
    assertTrue(r.total() > 0);
    assertTrue(r.hits().stream().allMatch(h -> h.text().contains("卫生健康局")
        || java.util.stream.Stream.of(h.lead(), h.responsible(), h.departments())
            .flatMap(List::stream).anyMatch(u -> u.contains("卫生健康"))), "every hit names it");
    assertTrue(r.hits().stream().anyMatch(h -> h.lead().stream().anyMatch(u -> u.contains("卫生健康局"))),
        "goals led by the department are found by its short form");
    // 嘎查委员会 (Inner Mongolia) for 村委会.
    SearchResult v = searcher.search(SearchRequest.of("村委会女性比例"));
    assertTrue(v.hits().stream().anyMatch(h -> h.text().contains("嘎查委员会成员中女性比例")));
    assertTrue(v.hits().stream().anyMatch(h -> h.text().contains("村民委员会成员中女性比例")));
  }

  @Test
  void facetsCountEveryMatchNotOnlyThePage() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("妇女").withLimit(3));
    assertEquals(3, r.hits().size());
    long byKind = r.facets().get("kind").stream().mapToLong(SearchResult.FacetCount::count).sum();
    assertEquals(r.total(), byKind, "each item has exactly one kind");
    assertTrue(r.total() > 100, "妇女 is in most items: " + r.total());
  }
}
