package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Plan;

/** Numeric filters, compare, units, facets and query errors, on plans built from records. */
class SearchFeaturesTest {
  @TempDir static Path dir;
  static PlanSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      for (Plan p : TestPlans.three()) {
        u.put(Path.of("/plans", p.id() + ".txt"), p);
      }
      u.commit();
    }
    searcher = PlanSearcher.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  static SearchRequest where(String query, String where) {
    return new SearchRequest(query, null, null, null, null, null, null, where, 10);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # where                  | plans, sorted
      孕产妇死亡率<=10            | b
      孕产妇死亡率<=12            | a b
      孕产妇死亡率 < 12           | b
      孕产妇死亡率>=12            | a c
      孕产妇死亡率>12             | c
      孕产妇死亡率=12.5           | c
      孕产妇死亡率≤８             | b
      maternal_mortality<=10    | b
      筛查率>=70                 | a b c
      筛查率>70                  | ''
      乳腺癌人群筛查率>=0          | ''
      """)
  void whereFiltersTargetsByValue(String where, String plans) throws Exception {
    SearchResult r = searcher.search(where(null, where));
    String got = r.hits().stream().map(SearchResult.Hit::plan).sorted().collect(Collectors.joining(" "));
    assertEquals(plans, got);
    r.hits().forEach(h -> assertEquals("target", h.kind()));
  }

  /** Goal 2 and the measure never name their region, province or domain: the names do. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # query                 | plans of the hits, sorted and distinct
      鹿寨县 筛查率             | a
      鹿寨 宫颈癌               | a
      广西 宫颈癌               | a
      广东省 乳腺癌             | b
      山西 城乡                 | c
      清远市                    | b
      妇女与健康 岢岚县          | c
      与健康 清远               | b
      "妇女与健康" 鹿寨县        | a
      湖南 宫颈癌               | ''
      岢                       | c
      寨                       | a
      寨 宫颈癌                 | a
      鹿寨县 清远市             | ''
      """)
  void placeNamesMatchAsPartsOfTheirName(String query, String plans) throws Exception {
    SearchResult r = searcher.search(new SearchRequest(query, null, null, null, null, null, null,
        null, 100));
    String got = r.hits().stream().map(SearchResult.Hit::plan).distinct().sorted()
        .collect(Collectors.joining(" "));
    assertEquals(plans, got);
  }

  @Test
  void conceptLookupsAreKeptWhileTheIndexIsOpenAndDroppedWhenItCloses() throws Exception {
    SearchRequest q = new SearchRequest("孕产妇死亡率", null, null, null, null, null, null, null,
        10);
    try (PlanSearcher s = PlanSearcher.open(dir)) {
      int before = ConceptQuery.cachedReaders();
      SearchResult first = s.search(q);
      assertEquals(before + 1, ConceptQuery.cachedReaders());
      SearchResult again = s.search(q); // from the kept lookups: the same hits, the same scores
      assertEquals(first.total(), again.total());
      assertEquals(first.hits().stream().map(h -> h.id() + "@" + h.score()).toList(),
          again.hits().stream().map(h -> h.id() + "@" + h.score()).toList());
      s.close();
      assertEquals(before, ConceptQuery.cachedReaders());
    }
  }

  @Test
  void aDomainNameAloneFindsEveryItemOfTheDomain() throws Exception {
    // 3 plans x (2 goals + 1 measure); their texts never say 妇女与健康
    SearchResult r = searcher.search(new SearchRequest("妇女与健康", null, null, null, null,
        null, null, null, 100));
    assertEquals(9, r.total());
  }

  @Test
  void whereCombinesWithAQueryAndShowsTheTarget() throws Exception {
    SearchResult r = searcher.search(new SearchRequest("城乡 差距", "鹿寨县", null, null, null,
        null, null, "孕产妇死亡率<=12", 10));
    assertEquals(1, r.total());
    SearchResult.TargetValue t = r.hits().get(0).target();
    assertEquals("<=", t.op());
    assertEquals("12", t.value());
    assertEquals("1/10万", t.unit());
    assertEquals(2030, t.year());
  }

  @Test
  void compareGivesOneRowPerPlanWithValueOpUnitYearAndGoal() throws Exception {
    List<CompareRow> rows = searcher.compare("孕产妇死亡率");
    assertEquals(List.of("广东省 清远市 <= 8 1/10万 2030", "广西壮族自治区 鹿寨县 <= 12 1/10万 2030",
            "山西省 岢岚县 <= 12.5 1/10万 2025"),
        rows.stream().map(c -> String.join(" ", c.province(), c.region(), c.op(), c.value(),
            c.unit(), String.valueOf(c.year()))).toList());
    assertTrue(rows.get(0).goal().startsWith("孕产妇死亡率控制在8/10万以下"));
    assertEquals(3, searcher.compare("maternal_mortality").size(), "by catalogue id");
    assertTrue(searcher.compare("婴儿死亡率").isEmpty());
  }

  @Test
  void unitFilterMatchesDepartmentsAndTheirShortNames() throws Exception {
    for (String unit : List.of("卫健局", "卫生健康局", "县卫生健康局")) {
      SearchResult r = searcher.search(new SearchRequest("孕产妇", null, null, null, null, null,
          unit, null, 10));
      assertTrue(r.total() >= 2, unit + " → " + r.total());
      r.hits().forEach(h -> assertTrue(h.lead().stream().anyMatch(l -> l.endsWith("卫生健康局"))));
    }
    SearchResult none = searcher.search(new SearchRequest("孕产妇", null, null, null, null, null,
        "公安局", null, 10));
    assertEquals(0, none.total());
  }

  @Test
  void filtersFacetsAndKinds() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("宫颈癌"));
    assertEquals(6, r.total(), "a goal and a measure in each of three plans; targets not by default");
    Map<String, Integer> kinds = r.facets().get("kind").stream()
        .collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
    assertEquals(Map.of("goal", 3, "measure", 3), kinds);
    assertEquals(3, r.facets().get("region").size());
    assertEquals(3, r.byRegion().size());
    SearchResult county = searcher.search(new SearchRequest("宫颈癌", null, null, "县", null,
        "measure", null, null, 10));
    assertEquals(2, county.total());
    SearchResult targets = searcher.search(new SearchRequest("宫颈癌", null, "广东省", null,
        "妇女与健康", "target", null, null, 10));
    assertEquals(1, targets.total());
    assertEquals("适龄妇女宫颈癌人群筛查率", targets.hits().get(0).target().indicator());
  }

  @Test
  void highlightsAreOffsetsIntoTheHitText() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("宫颈癌筛查 -乳腺癌"));
    assertEquals(3, r.total(), "the measures name 乳腺癌 and are excluded");
    for (SearchResult.Hit h : r.hits()) {
      List<String> marked = h.highlights().stream().map(x -> h.text().substring(x[0], x[1])).toList();
      assertEquals(List.of("宫颈癌", "筛查"), marked, h.text());
      assertEquals("适龄妇女«宫颈癌»人群«筛查»率达到70%以上。", h.snippet());
      assertNull(h.target());
    }
  }

  @Test
  void aCatalogueNameFoundByItsConceptTermIsMarkedWhole() throws Exception {
    // 孕产妇死亡率 is read from its concept term (ConceptQuery); the mark is its whole phrase
    SearchResult r = searcher.search(SearchRequest.of("孕产妇死亡率"));
    assertFalse(r.hits().isEmpty());
    for (SearchResult.Hit h : r.hits()) {
      assertTrue(h.snippet().contains("«孕产妇死亡率»"), h.snippet());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      '"宫颈癌'            | unbalanced quote
      'OR 宫颈癌'          | OR needs a word
      '宫颈癌 OR'          | OR needs a word
      '-宫颈癌'            | only excludes
      '。，'               | nothing searchable
      '宫颈癌 - 筛查'       | must be followed
      """)
  void malformedQueriesFailWithOneLine(String query, String message) {
    QueryParseException e = assertThrows(QueryParseException.class,
        () -> searcher.search(SearchRequest.of(query)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      孕产妇死亡率             | must look like
      孕产妇死亡率<=abc         | must look like
      <=10                   | must look like
      """)
  void malformedWhereFailsWithOneLine(String where, String message) {
    QueryParseException e = assertThrows(QueryParseException.class,
        () -> searcher.search(where(null, where)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void phrasesAndOr() throws Exception {
    assertEquals(6, searcher.search(SearchRequest.of("\"人群筛查率\"")).total());
    assertEquals(3, searcher.search(SearchRequest.of("\"宫颈癌人群筛查率\"")).total());
    assertEquals(0, searcher.search(SearchRequest.of("\"筛查率人群\"")).total());
    assertEquals(6, searcher.search(SearchRequest.of("孕产妇 OR 检查项目")).total());
  }
}
