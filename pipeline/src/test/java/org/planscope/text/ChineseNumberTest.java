package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumberTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      一 | 1
      十 | 10
      十二 | 12
      二十 | 20
      二十三 | 23
      一百零五 | 105
      两千 | 2000
      三万五千 | 35000
      一万零一 | 10001
      九十五点五 | 95.5
      二〇二五 | 2025
      2025 | 2025
      3.5 | 3.5
      ２５ | 25
      """)
  void parses(String numeral, String expected) {
    assertEquals(new BigDecimal(expected), ChineseNumber.parse(numeral));
  }

  @ParameterizedTest
  @CsvSource({"妇女", "十x", "''"})
  void rejectsNonNumerals(String s) {
    assertThrows(NumberFormatException.class, () -> ChineseNumber.parse(s));
  }

  @ParameterizedTest
  @CsvSource({"1", "9", "10", "11", "19", "20", "99", "100", "101", "110", "999", "1000", "1001", "10000", "20305"})
  void roundTripsThroughChineseWriting(int n) {
    assertEquals(n, ChineseNumber.parseInt(write(n)));
  }

  /** Writes n (< 100000) in Chinese numerals, for the round-trip property. */
  static String write(int n) {
    String digits = "零一二三四五六七八九";
    String[] units = {"", "十", "百", "千", "万"};
    String s = Integer.toString(n);
    StringBuilder b = new StringBuilder();
    boolean zero = false;
    for (int i = 0; i < s.length(); i++) {
      int d = s.charAt(i) - '0';
      int pos = s.length() - 1 - i;
      if (d == 0) {
        zero = true;
        continue;
      }
      if (zero && b.length() > 0) {
        b.append('零');
      }
      zero = false;
      b.append(digits.charAt(d)).append(units[pos]);
    }
    return b.toString();
  }
}
