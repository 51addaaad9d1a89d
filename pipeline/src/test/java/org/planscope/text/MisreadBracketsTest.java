package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MisreadBracketsTest {
  private static String repair(String s) {
    StringBuilder b = new StringBuilder(s);
    MisreadBrackets.repair(b);
    return b.toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an OCR's readings of （ and ）
      "〈责任单位：镇卫生院)|(责任单位：镇卫生院)",
      "《2)促进平等就业|(2)促进平等就业",
      "每个村〈社区）至少配备1名儿童主任|每个村（社区）至少配备1名儿童主任",
      "周庄镇儿童发展规划(2021—2030年〉|周庄镇儿童发展规划(2021—2030年)",
      "《苏州市儿童发展规划〈2021—2030年)》|《苏州市儿童发展规划(2021—2030年)》",
      // pairs that agree, and halves without a partner on the line, stay
      "《中国妇女发展纲要（2021—2030年）》|《中国妇女发展纲要（2021—2030年）》",
      "〈责|〈责",
      "（牵头单位：区教育局|（牵头单位：区教育局",
  })
  void theOddHalfTakesTheOthersKind(String in, String out) {
    assertEquals(out, repair(in));
  }
}
