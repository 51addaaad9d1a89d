package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The shape of a word's query: HanLP segments the word, each segment is required as a bigram
 * phrase in the text (scored) or in the names (a constant), a lone character between longer
 * segments is not required, and the whole word as a phrase scores extra.
 */
class QueryShapeTest {
  private static final String KINDS =
      " #(kind:goal kind:measure kind:key_project kind:indicator)";

  private static String query(String q) throws Exception {
    return SearchQueries.shared().search(SearchRequest.of(q)).toString();
  }

  @Test
  void eachSegmentIsABigramPhraseInTextOrNamesAndTheWholeWordScoresExtra() throws Exception {
    // 宫颈癌筛查 → 宫颈癌 / 筛 / 查 (HanLP); 筛 and 查 are grouped, as the segmenter left them single
    assertEquals("+(+(+((text_bi:\"宫颈 颈癌\")^1.5 (ConstantScore(meta_bi:\"宫颈 颈癌\"))^0.5)"
        + " +((text_bi:筛查)^1.5 (ConstantScore(meta_bi:筛查))^0.5)"
        + " (text_bi:\"宫颈 颈癌 癌筛 筛查\")^2.0))" + KINDS, query("宫颈癌筛查"));
  }

  @Test
  void aLoneCharacterBetweenLongerSegmentsIsNotRequired() throws Exception {
    // inside a run of Chinese 与 has no term of its own; the whole phrase still scores extra
    assertEquals("+(+(+((text_bi:妇女)^1.5 (ConstantScore(meta_bi:妇女))^0.5)"
        + " +((text_bi:儿童)^1.5 (ConstantScore(meta_bi:儿童))^0.5)"
        + " (text_bi:\"妇女 女与 与儿 儿童\")^2.0))" + KINDS, query("妇女与儿童"));
  }

  @Test
  void aLoneCharacterOnItsOwnIsAnyBigramThatHoldsIt() throws Exception {
    assertEquals("+(+(+ConstantScore(text_bi:女 text_bi:女* text_bi:?女 meta_bi:女 meta_bi:女*"
        + " meta_bi:?女)))" + KINDS, query("女"));
  }

  @Test
  void aDomainNameIsMatchedWholeWithItsAliasesAsAnIndicatorNameIs() throws Exception {
    // 妇女与健康 = 妇女健康 (models/lexicon/domains.tsv): the phrase in an item's text scores, the
    // domain its item is in (the names) a constant; not 妇女 / 与 / 健康 anywhere
    assertEquals("+(+(+(((text_bi:concept\"妇女 女与 与健 健康\")^1.5"
        + " (ConstantScore(meta_bi:concept\"妇女 女与 与健 健康\"))^0.3)"
        + " ((text_bi:concept\"妇女 女健 健康\")^1.5"
        + " (ConstantScore(meta_bi:concept\"妇女 女健 健康\"))^0.3))))" + KINDS, query("妇女与健康"));
  }

  @Test
  void aCatalogueNameReadsItsConceptTermInTextAndNames() throws Exception {
    // the name and each synonym as one term instead of a phrase of bigrams (ConceptQuery); the
    // catalogue id is a synonym too, a single term already
    assertEquals("+(+(+(((text_bi:maternal_mortality)^1.5"
        + " (ConstantScore(meta_bi:maternal_mortality))^0.3)"
        + " ((text_bi:concept\"孕产 产妇 妇死 死亡 亡率\")^1.5"
        + " (ConstantScore(meta_bi:concept\"孕产 产妇 妇死 死亡 亡率\"))^0.3))))"
        + KINDS, query("孕产妇死亡率"));
  }

  @Test
  void digitsAreOneTokenAndPunctuationIsNotSearched() throws Exception {
    assertEquals("+(+(+((text_bi:70)^1.5 (ConstantScore(meta_bi:70))^0.5)))" + KINDS,
        query("70%"));
  }

  @Test
  void eachSynonymInAWordIsOneSlotNotOneRewriteOfTheWholeWord() throws Exception {
    // 卫健局 = 卫生健康局 (department aliases): the word is one conjunction, the slot any form of
    // the department, 职责 required once; the whole word as a phrase scores extra in its first
    // rewrites. Four such names in one word were sixteen conjunctions of the whole word.
    String q = query("卫健局职责");
    assertEquals(1, count(q, "+((text_bi:职责)^1.5 (ConstantScore(meta_bi:职责))^0.5)"), q);
    assertEquals(1, count(q, "(text_bi:concept\"卫生 生健 健康 康局\")^1.5"), q);
    assertEquals(1, count(q, "text_bi:\"卫健 健局 局职 职责\""), q);
    String many = query("区人大、区政府、区政协女干部人数");
    assertEquals(1, count(many, "+((text_bi:\"女干 干部\")^1.5"), many);
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
