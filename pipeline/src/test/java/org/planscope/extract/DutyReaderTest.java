package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.model.Span;

/** The duty reader alone: implementation-chapter text in, one unit per explicit duty out. */
class DutyReaderTest {
  private final DutyReader reader;

  DutyReaderTest() {
    DepartmentDictionary dictionary = DepartmentDictionary.shared();
    UnitCues cues = new UnitCues();
    reader = new DutyReader(dictionary, cues, new UnitClauseGrammar(dictionary, cues));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # chapter text | ROLE:name=duty, joined by " / "
      县统计局牵头组织开展年度监测，负责数据收集。 | LEAD:县统计局=牵头组织开展年度监测，负责数据收集
      """)
  void readsDuties(String text, String expected) {
    String got = reader.read(text, new Span(0, text.length())).stream()
        .map(u -> u.role() + ":" + u.name() + "=" + u.duty())
        .collect(Collectors.joining(" / "));
    assertEquals(expected, got);
  }
}
