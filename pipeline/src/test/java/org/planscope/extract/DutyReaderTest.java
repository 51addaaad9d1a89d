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
      （一）县人民政府妇女儿童工作委员会负责纲要实施的组织、协调、指导和督促工作。 | RESPONSIBLE:县人民政府妇女儿童工作委员会=负责纲要实施的组织、协调、指导和督促工作
      县人民政府负责规划实施工作，县妇儿工委负责组织协调。 | RESPONSIBLE:县人民政府=负责规划实施工作 / RESPONSIBLE:县妇儿工委=负责组织协调
      """)
  void readsDuties(String text, String expected) {
    String got = reader.read(text, new Span(0, text.length())).stream()
        .map(u -> u.role() + ":" + u.name() + "=" + u.duty())
        .collect(Collectors.joining(" / "));
    assertEquals(expected, got);
  }
}
