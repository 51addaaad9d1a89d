package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The shape of a word's query, which decides whether the top-k search can skip: the bigram
 * phrases (text or names) decide the match as filters, the HanLP words score, a match in the
 * names scores a constant, a lone character is required without scoring.
 */
class QueryShapeTest {
  private static final String KINDS =
      " #(kind:goal kind:measure kind:key_project kind:indicator)";

  @Test
  void bigramsFilterWordsScoreAndNamesScoreAConstant() throws Exception {
    assertEquals("+(+(#(text_bi:\"宫颈 颈癌\" meta_bi:\"宫颈 颈癌\")"
        + " ((text:宫颈癌)^1.5 (ConstantScore(meta:宫颈癌))^0.5)"
        + " #(text_bi:筛查 meta_bi:筛查) ((text:\"筛 查\")^1.5 (ConstantScore(meta:\"筛 查\"))^0.5)"
        + " (text_bi:\"宫颈 颈癌 癌筛 筛查\")^2.0))" + KINDS,
        SearchQueries.shared().search(SearchRequest.of("宫颈癌筛查")).toString());
  }

  @Test
  void aLoneCharacterIsRequiredWithoutScoring() throws Exception {
    assertEquals("+(+(#(text_bi:妇女 meta_bi:妇女) ((text:妇女)^1.5 (ConstantScore(meta:妇女))^0.5)"
        + " #((text:与)^1.5 (ConstantScore(meta:与))^0.5 text_bi:与 (ConstantScore(meta_bi:与))^0.3)"
        + " #(text_bi:儿童 meta_bi:儿童) ((text:儿童)^1.5 (ConstantScore(meta:儿童))^0.5)"
        + " (text_bi:\"妇女 女与 与儿 儿童\")^2.0))" + KINDS,
        SearchQueries.shared().search(SearchRequest.of("妇女与儿童")).toString());
  }

  @Test
  void aDomainNameIsMatchedWholeWithItsAliasesAsAnIndicatorNameIs() throws Exception {
    // 妇女与健康 = 妇女健康 (models/lexicon/domains.tsv): the phrase in an item's text scores, the
    // domain its item is in (the names) a constant; not 妇女 / 与 / 健康 anywhere
    assertEquals("+(+(+(((text_bi:concept\"妇女 女与 与健 健康\")^1.5"
        + " (ConstantScore(meta_bi:concept\"妇女 女与 与健 健康\"))^0.3)"
        + " ((text_bi:concept\"妇女 女健 健康\")^1.5"
        + " (ConstantScore(meta_bi:concept\"妇女 女健 健康\"))^0.3))))" + KINDS,
        SearchQueries.shared().search(SearchRequest.of("妇女与健康")).toString());
  }

  @Test
  void aCatalogueNameReadsItsConceptTermInTextAndNames() throws Exception {
    // the name and each synonym as one term instead of a phrase of bigrams (ConceptQuery); the
    // catalogue id is a synonym too, a single term already
    assertEquals("+(+(+(((text_bi:maternal_mortality)^1.5"
        + " (ConstantScore(meta_bi:maternal_mortality))^0.3)"
        + " ((text_bi:concept\"孕产 产妇 妇死 死亡 亡率\")^1.5"
        + " (ConstantScore(meta_bi:concept\"孕产 产妇 妇死 死亡 亡率\"))^0.3))))"
        + KINDS, SearchQueries.shared().search(SearchRequest.of("孕产妇死亡率")).toString());
  }

  @Test
  void digitsKeepWordsAndBigramsBothScoring() throws Exception {
    assertEquals("+(+(+((text:70)^1.5 (ConstantScore(meta:70))^0.5 text_bi:70"
        + " (ConstantScore(meta_bi:70))^0.3) +((text:%)^1.5 (ConstantScore(meta:%))^0.5)"
        + " (text_bi:70)^2.0))" + KINDS, SearchQueries.shared().search(SearchRequest.of("70%")).toString());
  }

  @Test
  void eachSynonymInAWordIsOneSlotNotOneRewriteOfTheWholeWord() throws Exception {
    // 卫健局 = 卫生健康局 (department aliases): the word is one conjunction, the slot any form of
    // the department, 职责 required once; the whole word as a phrase scores extra in its first
    // rewrites. Four such names in one word were sixteen conjunctions of the whole word.
    String q = SearchQueries.shared().search(SearchRequest.of("卫健局职责")).toString();
    assertEquals(1, count(q, "#(text_bi:职责 meta_bi:职责)"), q);
    assertEquals(1, count(q, "(text_bi:concept\"卫生 生健 健康 康局\")^1.5"), q);
    assertEquals(1, count(q, "text_bi:\"卫健 健局 局职 职责\""), q);
    String many = SearchQueries.shared().search(
        SearchRequest.of("区人大、区政府、区政协女干部人数")).toString();
    assertEquals(1, count(many, "#(text_bi:\"女干 干部\" meta_bi:\"女干 干部\")"), many);
    assertEquals(QueryBuilder.MAX_BONUS_VARIANTS, count(many, "女干 干部 部人 人数\""), many);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
