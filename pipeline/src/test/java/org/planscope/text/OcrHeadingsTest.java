package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrHeadingsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      （二）案略措施                | （二）策略措施
      （一）主要日标                | （一）主要目标
      七、儿重与法律保护            | 七、儿童与法律保护
      三、妇女与社会保陣：          | 三、妇女与社会保障：
      案略措施                      | 策略措施
      （二）策略措施                | （二）策略措施
      （一）主要指标                | （一）主要指标
      （二）案略措施。加强组织领导  | （二）案略措施。加强组织领导
      （三）货略指施                | （三）货略指施
      二、基本原则                  | 二、基本原则
      """)
  void aHeadingWordMisreadByOneCharacterIsReadBack(String line, String expected) {
    assertEquals(expected, OcrHeadings.repair(line));
  }
}
