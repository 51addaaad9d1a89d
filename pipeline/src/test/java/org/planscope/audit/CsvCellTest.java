package org.planscope.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV cells that a spreadsheet would run as formulas are written as text. */
class CsvCellTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # text as extracted                    | cell as written
      =HYPERLINK("http://evil.example","点击") | `"'=HYPERLINK(""http://evil.example"",""点击"")"`
      `+1+cmd|' /C calc'!A0`                | `'+1+cmd|' /C calc'!A0`
      -2+3                                  | '-2+3
      @SUM(A1:A9)                           | '@SUM(A1:A9)
      孕产妇死亡率                            | 孕产妇死亡率
      # plain numbers stay numbers
      -5                                    | -5
      +2.5%                                 | +2.5%
      12/10万                               | 12/10万
      """)
  void formulaCellsAreEscaped(String text, String cell) {
    assertEquals(cell, org.planscope.format.Csv.cell(text));
  }
}
