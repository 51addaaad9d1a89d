package org.planscope.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;
import org.planscope.audit.TestPlans;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Plan;
import org.planscope.model.Role;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;
import org.planscope.testing.Corpus;

/** Plans read back from the JSON that PlanJson writes. */
class PlanJsonReaderTest {
  @Test
  void writingWhatWasReadGivesTheSameJson() {
    for (Plan p : TestPlans.fixture()) {
      String json = PlanJson.pretty(p);
      assertEquals(json, PlanJson.pretty(PlanJsonReader.read(json)), p.id());
    }
  }

  @Test
  void itemsTargetsUnitsAndRegionComeBack() {
    Plan original = TestPlans.byId(TestPlans.fixture(), "subject");
    Plan p = PlanJsonReader.read(PlanJson.pretty(original));
    assertEquals("subject", p.id());
    assertEquals("甲县", p.region().name());
    assertEquals("测试市", p.region().city());
    assertEquals(2021, p.period().start());
    assertEquals(List.of("妇女与健康", "妇女参与决策和管理"), p.domains().stream().map(d -> d.name()).toList());
    Item goal1 = p.domains().get(0).goals().get(0);
    assertEquals(ItemKind.GOAL, goal1.kind());
    assertEquals("孕产妇死亡率下降到12.5/10万以下。", goal1.text());
    Target t = goal1.targets().get(0);
    assertEquals(TargetStatus.STATED, t.status());
    assertEquals(0, new BigDecimal("12.5").compareTo(t.value()));
    assertEquals("1/10万", t.unit());
    assertEquals(List.of("县卫生健康局"), goal1.unitNames(Role.LEAD));
    Target missing = p.domains().get(0).goals().get(2).targets().get(0);
    assertEquals(TargetStatus.MISSING_VALUE, missing.status());
    assertNull(missing.value());
    assertEquals(ItemKind.KEY_PROJECT, p.keyProjects().get(0).kind());
    assertEquals("NUMBERING_GAP", p.warnings().get(0).code());
  }

  @Test
  void spansAreReadBackAsTheyWereWritten() {
    Plan original = TestPlans.byId(TestPlans.fixture(), "subject");
    Plan p = PlanJsonReader.read(PlanJson.pretty(original));
    Item a = original.domains().get(0).goals().get(0);
    Item b = p.domains().get(0).goals().get(0);
    assertEquals(a.span(), b.span());
    assertEquals("孕产妇死亡率下降到12.5/10万以下。", b.text());
    assertEquals(b.text(), TestPlans.text("subject").substring(b.span().start(), b.span().end()));
  }

  @Test
  void fractionsGetTheirValueBackAndRatiosKeepTheirText() {
    String json = """
        {"id":"x","domains":[{"name":"D","goals":[{"n":1,"number":"1.","title":"t","text":"t",
          "span":[0,1],"targets":[
            {"indicator":"a","op":">=","value":"1/3","unit":"fraction","raw":"r","span":[0,1]},
            {"indicator":"b","op":"=","value":"1:3","unit":"ratio","raw":"r"}],
          "missingValues":[],"lead":["甲局"],"responsible":["乙局"]}],"measures":[]}]}
        """;
    Plan p = PlanJsonReader.read(json);
    Item g = p.domains().get(0).goals().get(0);
    assertEquals("1/3", g.targets().get(0).valueText());
    assertEquals(0, new BigDecimal("0.3333333333333333").compareTo(g.targets().get(0).value()));
    assertNull(g.targets().get(1).value());
    assertEquals("1:3", g.targets().get(1).valueText());
    assertEquals(List.of("甲局"), g.unitNames(Role.LEAD), "name lists when there is no units array");
    assertEquals(List.of("乙局"), g.unitNames(Role.RESPONSIBLE));
  }

  @Test
  void aFallIsWrittenByItsSizeAndReadBackSigned() {
    // 儿童伤害死亡率以2020年为基数下降20%: a reader of the JSON sees >= 20 and "fall"; the
    // model keeps the signed change (<= -20) that audits and comparisons rank
    String json = """
        {"id":"x","domains":[{"name":"D","span":[0,1],"goals":[{"n":1,"number":"1.","title":"t",
          "text":"t","span":[0,1],"targets":[
            {"indicator":"儿童伤害死亡率","op":">=","value":20,"unit":"%","relative":true,
             "fall":true,"baseYear":2020,"raw":"r"},
            {"indicator":"死亡率","op":">=","value":"1/6","unit":"fraction","relative":true,
             "fall":true,"raw":"r"}],
          "missingValues":[]}],"measures":[]}]}
        """;
    Plan p = PlanJsonReader.read(json);
    Target t = p.domains().get(0).goals().get(0).targets().get(0);
    assertEquals(org.planscope.model.Op.LE, t.op());
    assertEquals(0, new BigDecimal("-20").compareTo(t.value()));
    assertTrue(t.relative());
    assertEquals("-1/6", p.domains().get(0).goals().get(0).targets().get(1).valueText());
    JsonNode back = readTree(PlanJson.pretty(p)).path("domains").get(0).path("goals").get(0)
        .path("targets").get(0);
    assertEquals(">=", back.path("op").asText());
    assertEquals(20, back.path("value").asInt());
    assertTrue(back.path("fall").asBoolean());
  }

  private static JsonNode readTree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void malformedPlansFailWithAReason() {
    assertThrows(PlanJsonReader.FormatException.class, () -> PlanJsonReader.read("{not json"));
    assertThrows(PlanJsonReader.FormatException.class, () -> PlanJsonReader.read("[]"));
    PlanJsonReader.FormatException e = assertThrows(PlanJsonReader.FormatException.class,
        () -> PlanJsonReader.read("{\"title\":\"no id\"}"));
    assertTrue(e.getMessage().contains("'id'"), e.getMessage());
  }

  /** Every golden snapshot (what extract wrote for the corpus) reads back with all its items. */
  @TestFactory
  Stream<DynamicTest> goldenSnapshotsReadBack() throws Exception {
    Path dir = Corpus.root().resolve("pipeline/src/test/resources/golden");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    ObjectMapper m = new ObjectMapper();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      JsonNode tree = m.readTree(f.toFile());
      Plan p = PlanJsonReader.read(f);
      assertEquals(tree.get("id").asText(), p.id());
      assertEquals(tree.get("domains").size(), p.domains().size());
      int goals = 0;
      int measures = 0;
      for (JsonNode d : tree.get("domains")) {
        goals += d.get("goals").size();
        measures += d.get("measures").size();
      }
      assertEquals(goals, p.domains().stream().mapToInt(d -> d.goals().size()).sum());
      assertEquals(measures, p.domains().stream().mapToInt(d -> d.measures().size()).sum());
    }));
  }
}
