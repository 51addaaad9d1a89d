package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.model.Span;
import org.planscope.model.Target;

/** Qualifiers leave the indicator name and are kept beside it. */
class TargetQualifiersTest {
  private static final TargetExtractor EXTRACTOR = new TargetExtractor();

  private static Target only(String text) {
    List<Target> ts = EXTRACTOR.extract(text, new Span(0, text.length()));
    assertEquals(1, ts.size(), ts.toString());
    return ts.get(0);
  }

  @Test
  void aCountingScopeIsAQualifier() {
    Target t = only("适龄儿童免疫规划疫苗接种率以乡（镇、街道）为单位保持在90%以上。");
    assertEquals("适龄儿童免疫规划疫苗接种率", t.indicator());
    assertEquals(List.of("以乡（镇、街道）为单位"), t.qualifiers());
    assertEquals("child_immunisation_rate", t.indicatorId());
  }

  @Test
  void anAgeBandStaysInTheNameAndIsAlsoAQualifier() {
    Target t = only("35-64岁适龄妇女宫颈癌人群筛查率达到70%以上");
    assertEquals("35-64岁适龄妇女宫颈癌人群筛查率", t.indicator());
    assertEquals(List.of("35-64岁"), t.qualifiers());
  }
}
