package org.planscope.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.cli.Main;
import org.planscope.json.PlanJson;
import org.planscope.testing.Cli;
import org.planscope.testing.Cli.Result;
import org.planscope.model.Plan;

/** {@code planscope audit} end to end on a temporary data folder of fixture plans. */
class AuditCliTest {
  @TempDir Path tmp;
  Path data;
  Path reference;

  static Result run(String... args) {
    return Cli.run(args);
  }

  @BeforeEach
  void writeData() throws Exception {
    data = tmp.resolve("data");
    Path plans = Files.createDirectories(data.resolve("plans"));
    for (Plan p : TestPlans.fixture()) {
      Files.writeString(plans.resolve(p.id() + ".txt.json"), PlanJson.pretty(p),
          StandardCharsets.UTF_8);
    }
    reference = tmp.resolve("reference.tsv");
    try (var in = getClass().getResourceAsStream("/audit/reference.tsv")) {
      Files.copy(in, reference);
    }
  }

  private List<String> args(String... more) {
    List<String> a = new ArrayList<>(List.of("audit", "--data", data.toString(), "--reference",
        reference.toString()));
    a.addAll(List.of(more));
    return a;
  }

  private Result audit(String... more) {
    return run(args(more).toArray(String[]::new));
  }

  @Test
  void jsonForOnePlanHasEachRuleOnceWithPeersFromAllPlans() throws Exception {
    Result r = audit("--plan", "subject", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(1, root.at("/summary/plans").asInt());
    Map<String, Integer> byRule = new TreeMap<>();
    for (JsonNode f : root.get("findings")) {
      assertEquals("subject", f.get("plan").asText());
      byRule.merge(f.get("rule").asText(), 1, Integer::sum);
    }
    // the catalogue is always there; --reference adds the parent table, so a national
    // indicator the subject never names is a second ABSENT_INDICATOR
    assertEquals(Map.of("ABSENT_INDICATOR", 2, "DOUBTFUL_EXTRACTION", 1, "INCONSISTENT", 1,
        "MISSING_VALUE", 1, "UNASSIGNED", 1, "WEAKER_THAN_REFERENCE", 1), byRule);
    JsonNode weaker = null;
    for (JsonNode f : root.get("findings")) {
      if (f.get("rule").asText().equals("WEAKER_THAN_REFERENCE")) {
        weaker = f;
      }
    }
    assertEquals("孕产妇死亡率下降到12.5/10万以下", weaker.get("evidence").asText());
    assertEquals("目标1", weaker.get("item").asText());
    assertEquals("低于上级目标", weaker.get("ruleName").asText());
    assertEquals("高", weaker.get("severityName").asText());
    assertEquals("HIGH", weaker.get("severity").asText());
    // spans are source offsets: they quote the evidence in the source the plan was read from
    Plan subject = TestPlans.byId(TestPlans.fixture(), "subject");
    int s = weaker.get("span").get(0).asInt();
    int e = weaker.get("span").get(1).asInt();
    assertEquals("孕产妇死亡率下降到12.5/10万以下", TestPlans.text(subject.id()).substring(s, e));
    assertEquals(6, root.at("/summary/byRule").size());
    assertEquals(7, root.at("/summary/byPlan/0/findings").asInt());
  }

  @Test
  void aUniquePrefixSelectsThePlan() {
    Result r = audit("--plan", "sub");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("规划审查报告：1个规划，7条审查意见"), r.out());
    assertTrue(r.out().contains("低于上级目标 (WEAKER_THAN_REFERENCE)") && r.out().contains("按规划统计"), r.out());
  }

  @Test
  void anUnknownOrAmbiguousPlanIsAnError() {
    Result r = audit("--plan", "nope");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("planscope audit：" + data.resolve("plans") + " 中没有编号为 nope 的规划（现有编号："),
        r.err());
    Result amb = audit("--plan", "peer");
    assertEquals(1, amb.code());
    assertEquals("planscope audit：" + data.resolve("plans") + " 中有多个规划与 peer 匹配（编号：peerA, peerB）\n",
        amb.err());
    Result en = org.planscope.testing.Cli.english("audit", "--data", data.toString(), "--plan", "peer");
    assertEquals("planscope audit: several plans match peer in " + data.resolve("plans")
        + " (ids: peerA, peerB)\n", en.err());
  }

  @Test
  void csvToAFile() throws Exception {
    Path out = tmp.resolve("out/findings.csv");
    Result r = audit("--csv", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).startsWith("\uFEFFplan,region,title,domain,item,number,rule,rule_name,severity"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("subject,") && l.contains(",WEAKER_THAN_REFERENCE,")));
  }

  @Test
  void htmlWritesASelfContainedPage() throws Exception {
    Path page = tmp.resolve("audit.html");
    Result r = audit("--html", page.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("已写入 " + page + "："), r.out());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("<mark>孕产妇死亡率下降到12.5/10万以下</mark>"), "evidence highlighted");
    assertTrue(html.contains("id=\"plan-subject\""));
    assertTrue(html.contains("@page{size:A4") && html.contains("@media print"), "prints on A4");
    assertTrue(html.contains("<h1>规划审查报告</h1>") && html.contains("审查日期：")
        && html.contains("数据目录：" + data.toAbsolutePath().normalize()), "header");
    assertTrue(html.contains("规划小结") && html.contains("优先处理"), "per-plan summary");
  }

  @Test
  void langEnKeepsEnglish() {
    Result r = audit("--plan", "subject", "--lang", "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Plan audit: 1 plan(s), 7 finding(s)"), r.out());
    assertTrue(r.out().contains("[high] weaker than reference (WEAKER_THAN_REFERENCE)"), r.out());
    assertEquals(2, audit("--lang", "fr").code());
  }

  @Test
  void aBrokenReferenceTableIsAClearError() throws Exception {
    Path bad = tmp.resolve("bad.tsv");
    Files.writeString(bad, "id\tname\tdirection\tnational\nx\t某指标\tSIDEWAYS\t\n",
        StandardCharsets.UTF_8);
    Result r = run("audit", "--data", data.toString(), "--reference", bad.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad.tsv") && r.err().contains("direction"), r.err());
  }

  @Test
  void formatsAreExclusive() {
    assertEquals(2, audit("--json", "--csv").code());
    assertEquals(2, audit("--html", tmp.resolve("a.html").toString(), "--out", "x").code());
  }

  @Test
  void aBrokenPlanFileIsReportedAndTheRestAudited() throws Exception {
    Files.writeString(data.resolve("plans/broken.txt.json"), "{\"id\":", StandardCharsets.UTF_8);
    Result r = audit("--plan", "subject");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("broken.txt.json") && r.err().contains("not JSON"), r.err());
    assertTrue(r.out().contains("7条审查意见"), r.out());
  }

  @Test
  void noDataIsAnError() {
    Result r = run("audit", "--data", tmp.resolve("empty").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("planscope ingest"), r.err());
  }
}
