package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.Warning;

/** A rate unit that is not the catalogue's (‰ printed as %) is kept as printed and warned about. */
class TargetUnitWarningTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text | value and unit kept | warnings
      婴儿死亡率控制在5%以下。 | 5 % | 1
      婴儿死亡率控制在5‰以下。 | 5 ‰ | 0
      孕产妇死亡率下降到12/10万以下。 | 12 1/10万 | 0
      婴儿死亡率较2020年下降20%。 | -20 % | 0
      """)
  void warnsOnImplausibleRateUnit(String text, String kept, int warnings) {
    TargetExtractor x = TargetCasesTest.EXTRACTOR;
    List<Target> ts = x.extract(text, new Span(0, text.length()));
    assertEquals(kept, ts.get(0).value().toPlainString() + " " + ts.get(0).unit());
    List<Warning> ws = x.doubtfulUnits(ts);
    assertEquals(warnings, ws.size());
    ws.forEach(w -> assertEquals("TARGET_UNIT_DOUBTFUL", w.code()));
  }
}
