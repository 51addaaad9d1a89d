package org.planscope.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.testing.Cli;
import org.planscope.testing.Cli.Result;

/**
 * ingest → history / compare --period / compare --tree on five fixture plans of 广西 (resources
 * {@code history/}): 柳城县 2011—2020 and 2021—2030, 融安县, 柳州市 and the autonomous region.
 */
class HistoryCliTest {
  @TempDir static Path tmp;
  static String data;

  @BeforeAll
  static void ingest() throws Exception {
    Path in = Path.of(HistoryCliTest.class.getResource("/history").toURI());
    data = tmp.resolve("data").toString();
    Result r = Cli.run("ingest", in.toString(), "--data", data);
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void historyMarksEveryKindOfChangeWithTheTwoTextsDiffed() {
    Result r = Cli.run("history", "柳城", "--data", data);
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        柳城县 妇女发展规划：2 个时期（2011—2020年、2021—2030年）
        2011—2020年 → 2021—2030年
          孕产妇死亡率  提高  2020年 ≤ 20/10万 → 2030年 ≤ 15/10万
            2011—2020年：孕产妇死亡率【控制在20】/10万以下。
            2021—2030年：孕产妇死亡率【下降到15】/10万以下【，城乡差距缩小】。
          适龄妇女宫颈癌人群筛查率  放宽  2020年 ≥ 80% → 2030年 ≥ 70%
            2011—2020年：适龄妇女宫颈癌人群筛查率达到【80】%以上。
            2021—2030年：适龄妇女宫颈癌人群筛查率达到【70】%以上。
          艾滋病母婴传播率  新增  — → 2030年 ≤ 2%
            2021—2030年：【艾滋病母婴传播率下降到2%以下。】
          妇女基本医疗保险参保率  不变  2020年 ≥ 95% → 2030年 ≥ 95%
            2011—2020年：妇女基本医疗保险参保率稳定在95%以上。
            2021—2030年：妇女基本医疗保险参保率稳定在95%以上【，待遇水平稳步提高】。
          妇女常见病筛查率  取消  2020年 ≥ 80% → —
            2011—2020年：【妇女常见病筛查率达到80%以上。】
        """, r.out());
  }

  @Test
  void historyOfOneIndicatorAndInEnglish() {
    Result r = Cli.run("history", "柳城县", "--indicator", "孕产妇死亡率", "--lang", "en",
        "--data", data);
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        柳城县 women's development plans: 2 period(s) (2011—2020年, 2021—2030年)
        2011—2020年 → 2021—2030年
          孕产妇死亡率  raised  2020年 ≤ 20/10万 → 2030年 ≤ 15/10万
            2011—2020年: 孕产妇死亡率【控制在20】/10万以下。
            2021—2030年: 孕产妇死亡率【下降到15】/10万以下【，城乡差距缩小】。
        """, r.out());
  }

  @Test
  void historyJsonCarriesKindsTargetsAndDiffPieces() throws Exception {
    Result r = Cli.run("history", "柳城县", "--json", "--data", data);
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("柳城县", j.get("region").asText());
    JsonNode s = j.get("series").get(0);
    assertEquals("women", s.get("planType").asText());
    assertEquals(2011, s.get("plans").get(0).get("period").get("start").asInt());
    List<String> kinds = new ArrayList<>();
    for (JsonNode c : s.get("steps").get(0).get("changes")) {
      kinds.add(c.get("change").asText() + "/" + c.get("changeName").asText());
    }
    assertEquals(List.of("raised/提高", "relaxed/放宽", "added/新增", "unchanged/不变",
        "dropped/取消"), kinds);
    JsonNode mmr = s.get("steps").get(0).get("changes").get(0);
    assertEquals(20, mmr.get("before").get("value").asInt());
    assertEquals("≤ 15/10万", mmr.get("after").get("display").asText().substring(6));
    assertEquals("[{\"kind\":\"same\",\"text\":\"孕产妇死亡率\"},"
        + "{\"kind\":\"deleted\",\"text\":\"控制在20\"},{\"kind\":\"inserted\",\"text\":\"下降到15\"},"
        + "{\"kind\":\"same\",\"text\":\"/10万以下\"},{\"kind\":\"inserted\",\"text\":\"，城乡差距缩小\"},"
        + "{\"kind\":\"same\",\"text\":\"。\"}]", mmr.get("diff").toString());
    assertEquals("null", s.get("steps").get(0).get("changes").get(2).get("before").toString());
  }

  @Test
  void aRegionWithoutPlansNamesTheRegionsThatHaveSeveralPeriods() {
    Result r = Cli.run("history", "鹿寨县", "--data", data);
    assertEquals(1, r.code(), r.out());
    assertEquals("planscope history：没有“鹿寨县”的规划。有多个时期规划的地区：柳城县\n", r.err());
    Result single = Cli.run("history", "融安", "--data", data);
    assertEquals(0, single.code(), single.err());
    assertEquals("""
        融安县 妇女发展规划：1 个时期（2021—2030年）
          只有一个时期的规划，没有可比的前后目标。
        """, single.out());
  }

  @Test
  void compareShowsEachRegionsNewestPlanByDefault() {
    Result r = Cli.run("compare", "孕产妇死亡率", "--data", data);
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        孕产妇死亡率：4 个规划
        国家目标：≤ 12/10万（《中国妇女发展纲要（2021—2030年）》）
        地区            级别  省份            目标值            目标原文
        --------------  ----  --------------  ----------------  --------
        广西壮族自治区  省    广西壮族自治区  2030年 ≤ 12/10万  孕产妇死亡率下降到12/10万以下。
        柳城县          县    广西壮族自治区  2030年 ≤ 15/10万  孕产妇死亡率下降到15/10万以下，城乡差距缩小。
        柳州市          市    广西壮族自治区  2030年 ≤ 12/10万  孕产妇死亡率下降到12/10万以下。
        融安县          县    广西壮族自治区  2030年 ≤ 10/10万  孕产妇死亡率下降到10/10万以下。
        """, r.out());
    Result all = Cli.run("compare", "孕产妇死亡率", "--all-periods", "--data", data);
    assertEquals("孕产妇死亡率：5 个规划", all.out().lines().findFirst().orElseThrow());
  }

  @Test
  void compareWithAPeriodShowsThatPeriodsPlans() {
    String older = """
        孕产妇死亡率：1 个规划
        国家目标：≤ 12/10万（《中国妇女发展纲要（2021—2030年）》）
        地区    级别  省份            目标值            目标原文
        ------  ----  --------------  ----------------  --------
        柳城县  县    广西壮族自治区  2020年 ≤ 20/10万  孕产妇死亡率控制在20/10万以下。
        """;
    assertEquals(older, Cli.run("compare", "孕产妇死亡率", "--period", "2011-2020", "--data", data)
        .out());
    assertEquals(older, Cli.run("compare", "孕产妇死亡率", "--period", "2011—2020年", "--data",
        data).out());
    assertEquals(older, Cli.run("compare", "孕产妇死亡率", "--period", "2015", "--data", data)
        .out());
    Result none = Cli.run("compare", "孕产妇死亡率", "--period", "十三五", "--data", data);
    assertEquals(1, none.code());
    assertEquals("planscope compare：没有十三五时期的规划提到指标“孕产妇死亡率”（其他时期有：--all-periods）\n",
        none.err());
    Result bad = Cli.run("compare", "孕产妇死亡率", "--period", "明年", "--data", data);
    assertEquals(2, bad.code());
    assertEquals("planscope compare：无法识别的时期：明年（例如 2021-2030、2011—2020、十四五、2025）"
        + " (unknown period)\n", bad.err());
  }

  @Test
  void compareTreeMarksTheCountyLooserThanItsCity() {
    Result r = Cli.run("compare", "孕产妇死亡率", "--tree", "--data", data);
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        孕产妇死亡率：上下级目标（▲ 宽于上级）
        全国：2025年 ≤ 14.5/10万（《“十四五”国民健康规划》）；2030年 ≤ 12/10万（《中国妇女发展纲要（2021—2030年）》）
          广西壮族自治区（省）：2030年 ≤ 12/10万
            柳州市（市）：2030年 ≤ 12/10万
              柳城县（县）：2030年 ≤ 15/10万  ▲ 宽于柳州市（2030年 ≤ 12/10万）
              融安县（县）：2030年 ≤ 10/10万
        """, r.out());
  }

  @Test
  void compareTreeJsonNamesTheLevelAbove() throws Exception {
    Result r = Cli.run("compare", "孕产妇死亡率", "--tree", "--json", "--data", data);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("lower", j.get("direction").asText());
    JsonNode city = j.get("tree").get("children").get(0).get("children").get(0);
    assertEquals("柳州市", city.get("name").asText());
    JsonNode county = city.get("children").get(0);
    assertEquals("柳城县", county.get("name").asText());
    assertEquals("{\"than\":\"柳州市\",\"display\":\"2030年 ≤ 12/10万\"}",
        county.get("values").get(0).get("looser").toString());
    assertEquals("null", city.get("children").get(1).get("values").get(0).get("looser").toString());
    Result csv = Cli.run("compare", "孕产妇死亡率", "--tree", "--csv", "--data", data);
    assertEquals(2, csv.code());
  }
}
