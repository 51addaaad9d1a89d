package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.extract.QuantityFinder.Quantity;

/** The past-figure stage alone: the first value of the text read as a baseline, or not. */
class PastFiguresTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # text | baseline value | base year | indicator printed before it
      孕产妇死亡率从2020年的13.1/10万下降到10/10万以下 | 13.1 | 2020 | 孕产妇死亡率
      婴儿死亡率2020年为5.1‰，2025年降至4.5‰以下    | 5.1  | 2020 | 婴儿死亡率
      2020年全县孕产妇死亡率为12.5/10万             | 12.5 | 2020 | 孕产妇死亡率
      住院分娩率由95%提高到98%以上                  | 95   | -    | 住院分娩率
      # a target, not a past figure
      到2025年为85%                               | -    | -    | -
      孕产妇死亡率下降到10/10万以下                  | -    | -    | -
      """)
  void readsThePastFigure(String text, String value, Integer year, String indicator) {
    TargetLexicon lexicon = TargetLexicon.shared();
    FoldedText f = FoldedText.of(text);
    PastFigures figures = new PastFigures(lexicon, f, new Clauses(f.s), new StageYears(f.s),
        new ComparatorChain(lexicon, f.s), new IndicatorPhrase(lexicon, f.s));
    List<Quantity> qs = new QuantityFinder(lexicon).find(f.s);
    // the first value that is not a measure (2020年 is one)
    Quantity first = qs.stream().filter(q -> q.kind() != QuantityFinder.Kind.MEASURE)
        .findFirst().orElseThrow();
    PastFigures.Baseline b = figures.read(first, -1, null);
    if (value == null) {
      assertNull(b);
      return;
    }
    assertEquals(value, b.value().value().toPlainString());
    assertEquals(year, b.year());
    assertEquals(indicator, b.indicator());
  }
}
