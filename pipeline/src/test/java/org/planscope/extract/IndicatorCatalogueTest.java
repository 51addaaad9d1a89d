package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.lexicon.LexiconException;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Op;

class IndicatorCatalogueTest {
  static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.shared();

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      村委会成员中女性比例                     | female_share_village_committee
      村民委员会成员中女性比例                 | female_share_village_committee
      嘎查委员会成员中女性比例                 | female_share_village_committee
      村委会主任中女性比例                     | female_share_village_director
      孕产妇死亡率                             | maternal_mortality
      35-64岁适龄妇女宫颈癌人群筛查率          | cervical_cancer_screening
      35-64岁适龄妇女乳腺癌人群筛查率          | breast_cancer_screening
      孕产妇艾滋病、梅毒和乙肝检测率           | pmtct_testing_rate
      艾滋病和梅毒感染孕产妇及所生儿童感染者治疗率 | pmtct_treatment_rate
      各县（市、区）政府举办、标准化妇幼保健机构数 | mch_institution_count
      人流量较大地区女厕位与男厕位的比例       | female_male_toilet_ratio
      城镇单位就业人员中的女性比例             | female_share_urban_employed
      千兆宽带网络家庭普及率                   | null
      体育人口占比                             | null
      """)
  void linksSynonymsAndPatterns(String phrase, String id) {
    assertEquals(id, CATALOGUE.match(phrase).map(IndicatorCatalogue.Indicator::id).orElse(null));
  }

  @Test
  void nationalTargetsAreData() {
    IndicatorCatalogue.Indicator mmr = CATALOGUE.byId("maternal_mortality").orElseThrow();
    assertEquals(Op.LE, mmr.national().op());
    assertEquals(0, new BigDecimal("12").compareTo(mmr.national().value()));
    assertEquals("1/10万", mmr.national().unit());
    assertEquals(IndicatorCatalogue.Direction.LOWER, mmr.direction());
    assertTrue(CATALOGUE.indicators().size() >= 40);
  }

  @Test
  void aNameUsedTwiceFailsWithFileAndLine() {
    String data = "id\tname\tsynonyms\tpatterns\tunit\tdirection\tdomain\tnational\tsource\n"
        + "a\t孕产妇死亡率\t\t\t1/10万\tLOWER\t健康\t\t\n"
        + "b\t产妇死亡率\t孕产妇死亡率\t\t1/10万\tLOWER\t健康\t\t\n";
    LexiconException e = assertThrows(LexiconException.class, () -> new IndicatorCatalogue(
        Tsv.read("c.tsv", new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)))));
    assertTrue(e.getMessage().startsWith("c.tsv:3:"), e.getMessage());
  }
}
