package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;

/** The missing-value stage alone: indicators with a trend and no number. */
class MissingValuesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # item text | indicators without a value, as "indicator=raw" joined by " / "
      乳腺癌人群筛查率逐步提高                         | 乳腺癌人群筛查率=乳腺癌人群筛查率逐步提高
      提高孕产妇系统管理率                            | 孕产妇系统管理率=提高孕产妇系统管理率
      加强宣传，儿童医疗保险参保率持续提高，完善制度       | 儿童医疗保险参保率=儿童医疗保险参保率持续提高
      # no indicator head before the trend: nothing
      服务能力逐步提高                                | ''
      """)
  void findsIndicatorsWithoutValue(String text, String expected) {
    assertEquals(expected, render(find(text, List.of(), List.of())));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      乳腺癌人群筛查率逐步提高 | 乳腺癌人群筛查率
      """)
  void skipsIndicatorsStatedElsewhereAndClausesAlreadyRead(String text, String stated) {
    assertEquals("", render(find(text, List.of(stated), List.of())));
    assertEquals("", render(find(text, List.of(), List.of(new int[] {0, 2}))));
  }

  private static List<Target> find(String text, List<String> stated, List<int[]> used) {
    TargetLexicon lexicon = TargetLexicon.shared();
    FoldedText f = FoldedText.of(text);
    return new MissingValues(lexicon, IndicatorCatalogue.shared(), f, new Clauses(f.s),
        new IndicatorPhrase(lexicon, f.s), 0).find(stated, used);
  }

  private static String render(List<Target> targets) {
    targets.forEach(t -> assertEquals(TargetStatus.MISSING_VALUE, t.status()));
    return targets.stream().map(t -> t.indicator() + "=" + t.raw())
        .collect(Collectors.joining(" / "));
  }
}
