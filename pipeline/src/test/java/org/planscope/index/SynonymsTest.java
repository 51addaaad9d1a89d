package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SynonymsTest {
  @Test
  void rewritesEverySynonymInTheQuery() {
    Synonyms s = Synonyms.none().plus(Map.of("村民委员会", List.of("村委会", "嘎查委员会")));
    assertEquals(List.of("村委会女性比例", "嘎查委员会女性比例", "村民委员会女性比例"),
        s.variants("村委会女性比例"));
    assertEquals(List.of("妇女"), s.variants("妇女"));
  }

  @Test
  void groupsAreSymmetricAndTransitiveAcrossSources() {
    Synonyms s = Synonyms.none()
        .plus(Map.of("卫生健康局", List.of("卫健局")))
        .plus(Map.of("卫健局", List.of("卫生和健康局")));
    assertEquals(Set.of("卫生健康局", "卫健局", "卫生和健康局"), s.of("卫生和健康局"));
  }

  @Test
  void longestMatchWinsAndCombinationsAreCapped() {
    Synonyms s = Synonyms.none().plus(Map.of("委员会", List.of("委"), "村民委员会", List.of("村委会")));
    assertEquals(List.of("村民委员会", "村委会"), s.variants("村民委员会"));
    Synonyms many = Synonyms.none().plus(Map.of("甲", List.of("乙", "丙", "丁")));
    assertEquals(Synonyms.MAX_VARIANTS, many.variants("甲甲甲").size());
  }

  @Test
  void theShippedFileLoads() {
    Synonyms s = Synonyms.fromModels();
    assertTrue(s.of("卫健局").contains("卫生健康局"));
    assertTrue(s.of("村委会").contains("嘎查委员会"));
  }
}
