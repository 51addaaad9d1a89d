package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.planscope.lexicon.LexiconException;
import org.planscope.lexicon.Tsv;
import org.planscope.testing.Corpus;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.OrganizationRecognizer;

/** Recognition and normalisation of unit names. */
class DepartmentDictionaryTest {
  static final DepartmentDictionary DICT = DepartmentDictionary.shared();

  static Stream<Arguments> names() {
    Tsv tsv = Tsv.read("names.tsv", new ByteArrayInputStream(
        Corpus.resource("/units/names.tsv").getBytes(StandardCharsets.UTF_8)));
    return tsv.rows().stream().map(r -> Arguments.of(r.get("written"), r.get("name"),
        r.get("department"), r.get("level"), r.get("region"), r.line()));
  }

  static String dash(String s) {
    return s == null ? "-" : s;
  }

  @ParameterizedTest(name = "names.tsv:{5} {0}")
  @MethodSource("names")
  void normalises(String written, String name, String department, String level, String region,
      int line) {
    UnitName n = DICT.normalize(written);
    assertEquals(name + "|" + department + "|" + level + "|" + region,
        n.name() + "|" + dash(n.department()) + "|" + dash(n.levelPrefix()) + "|"
            + dash(n.region()), "names.tsv:" + line);
    assertEquals(name, written.substring(n.start(), n.end()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      县统计局牵头组织开展年度监测         | 县统计局
      岢岚县人民政府依据本规划            | 岢岚县人民政府
      各级妇儿工委成员单位、有关部门报送   | 各级妇儿工委成员单位
      市级妇儿工委对县级规划进行指导       | 市级妇儿工委
      区老龄办负责老年妇女工作            | 区老龄办
      监测评估领导小组负责审核            | 监测评估领导小组
      县人民政府妇女儿童工作委员会负责纲要实施 | 县人民政府妇女儿童工作委员会
      市人民政府妇儿工委办公室负责具体工作  | 市人民政府妇儿工委办公室
      县政府妇儿工委负责组织协调           | 县政府妇儿工委
      岢岚县人民政府妇女儿童工作委员会负责  | 岢岚县人民政府妇女儿童工作委员会
      # a government alone, and one followed by a word that names no body
      县人民政府负责规划实施工作           | 县人民政府
      县人民政府、县妇儿工委负责           | 县人民政府
      县人民政府将经费纳入财政预算         | 县人民政府
      """)
  void recognisesAUnitAtTheStart(String text, String expected) {
    UnitName n = DICT.match(text, 0, true);
    assertEquals(expected, n == null ? null : n.name());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      加强县妇儿工委及其办公室能力建设
      委员会主任随时主持召开
      监测组成员负责统筹协调
      县级规划颁布后1个月内
      妇儿工委全体会议
      区域协调发展
      """)
  void rejectsWhatIsNotAUnit(String text) {
    assertNull(DICT.match(text, 0, true), text);
  }

  @Test
  void anAliasUsedTwiceFailsWithFileAndLine() {
    Tsv departments = Tsv.read("d.tsv", new ByteArrayInputStream(
        "canonical\taliases\tkind\n卫生健康局\t卫健局\tDEPARTMENT\n卫生健康委员会\t卫健局\tDEPARTMENT\n"
            .getBytes(StandardCharsets.UTF_8)));
    LexiconException e = assertThrows(LexiconException.class, () -> new DepartmentDictionary(
        departments, Tsv.model(DepartmentDictionary.WORDS), HanLpSegmenter.shared(),
        OrganizationRecognizer.shared()));
    assertTrue(e.getMessage().startsWith("d.tsv:3:") && e.getMessage().contains("line 2"),
        e.getMessage());
  }

  @Test
  void everyAliasNormalisesToItsCanonicalDepartment() throws Exception {
    Tsv tsv = Tsv.model(DepartmentDictionary.DEPARTMENTS);
    for (Tsv.Row row : tsv.rows()) {
      for (String alias : row.list("aliases")) {
        String written = alias.replace("{L}", "县");
        assertEquals(row.get("canonical"), DICT.normalize(written).department(),
            DepartmentDictionary.DEPARTMENTS + ":" + row.line() + " " + written);
      }
    }
  }
}
