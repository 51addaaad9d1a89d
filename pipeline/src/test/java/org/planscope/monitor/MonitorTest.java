package org.planscope.monitor;

import org.planscope.export.ActualsFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.Pipeline;
import org.planscope.format.Lang;
import org.planscope.model.Plan;
import org.planscope.testing.Corpus;

/**
 * A 2021—2030 plan of 鹿寨县 (monitor/fx-luzhai.txt) against three years of invented actuals
 * (monitor/actuals-fx.csv): one target met (孕产妇死亡率, lower is better, 11.5/10万 against
 * ≤ 12/10万, read from /10万 and 1/100000), two on track (村委会女性比例 rising 1.95 a year towards
 * 30%; 艾滋病母婴传播率 以2020年为基数下降1/6, so ≤ 0.75% from 0.9% in 2020, with 8‰ read as 0.8%),
 * one behind (宫颈癌筛查率 falling), one with a single year (数据不足), one met from a share written
 * as 小数; and six rows not used, each with its reason.
 */
class MonitorTest {
  static Plan plan;
  static MonitorReport report;

  @BeforeAll
  static void evaluate(@TempDir Path tmp) throws Exception {
    Path text = tmp.resolve("fx-luzhai.txt");
    Files.writeString(text, Corpus.resource("/monitor/fx-luzhai.txt"), StandardCharsets.UTF_8);
    plan = new Pipeline().run(text);
    List<ActualRow> rows = ActualsFiles.read(
        Corpus.resource("/monitor/actuals-fx.csv").getBytes(StandardCharsets.UTF_8), "actuals-fx.csv");
    report = new Monitor().evaluate(List.of(plan), rows);
  }

  @Test
  void reportsEveryTargetWithItsStatusAndEveryRowNotUsed() {
    StringWriter s = new StringWriter();
    MonitorText.print(new PrintWriter(s), report, Lang.ZH);
    assertEquals("""
        监测：6 个目标有实际值（已达标 2，按趋势可达标 2，滞后 1，数据不足 1）；实际值 20 行，用了 14 行，未使用 6 行

        地区    指标                      目标                  门槛       最新值               差距   每年还需  趋势（点数）   状态
        ------  ------------------------  --------------------  ---------  -------------------  -----  --------  -------------  ----
        鹿寨县  孕产妇死亡率              2030年 ≤ 12/10万      ≤ 12/10万  11.5/10万（2023年）  0                -1.75（3 点）  已达标
        鹿寨县  适龄妇女宫颈癌人群筛查率  2030年 ≥ 70%          ≥ 70%      58%（2023年）        +12    +1.71     -1（3 点）     滞后
        鹿寨县  妇女常见病筛查率          2030年 ≥ 80%          ≥ 80%      75.5%（2023年）      +4.5   +0.64     —（1 点）      数据不足
        鹿寨县  艾滋病母婴传播率          2030年 较2020年 -1/6  ≤ 0.75%    0.8%（2023年）       -0.05  -0.01     -0.03（3 点）  按趋势可达标
        鹿寨县  村委会成员中女性比例      2030年 ≥ 30%          ≥ 30%      28.1%（2023年）      +1.9   +0.27     +1.95（3 点）  按趋势可达标
        鹿寨县  妇女基本医疗保险参保率    2030年 ≥ 95%          ≥ 95%      96%（2022年）        0                —（1 点）      已达标

        按指标：
          孕产妇死亡率：鹿寨县 已达标
          适龄妇女宫颈癌人群筛查率：鹿寨县 滞后
          妇女常见病筛查率：鹿寨县 数据不足
          艾滋病母婴传播率：鹿寨县 按趋势可达标
          村委会成员中女性比例：鹿寨县 按趋势可达标
          妇女基本医疗保险参保率：鹿寨县 已达标

        说明：
          鹿寨县 妇女常见病筛查率 2030年 ≥ 80%：只有 1 年的实际值，无法判断趋势
          鹿寨县 艾滋病母婴传播率 2030年 较2020年 -1/6：以 2020 年实际值 0.9 为基数

        未使用的行（6）：
          第 17 行 [阳朔县, 孕产妇死亡率, 2023, 9.1 1/10万] 未匹配：地区“阳朔县”没有已入库的规划
          第 18 行 [鹿寨县, 人均GDP, 2023, 5.1 万元] 未匹配：指标“人均GDP”不在指标目录中
          第 19 行 [鹿寨县, 婴儿死亡率, 2023, 4.2 ‰] 未匹配：“鹿寨县”的规划中没有指标“婴儿死亡率”的量化目标
          第 20 行 [鹿寨县, 孕产妇死亡率, 2020, 12 人] 拒收：单位“人”无法换算为“1/10万”（量纲不同）
          第 21 行 [鹿寨县, 孕产妇死亡率, 2019, 约10 1/10万] 拒收：数值“约10”不是数字
          第 22 行 [鹿寨县, 宫颈癌筛查率, 2023, 57 %] 拒收：与第 11 行重复（同一地区、指标、年份），只用第 11 行
        """, s.toString().replace("\r\n", "\n"));
  }

  @Test
  void keepsExactFiguresBehindTheRoundedCells() {
    Evaluation hiv = find("hiv_mtct_rate");
    assertEquals("0.75", hiv.threshold().toPlainString());
    assertEquals("-0.0321", hiv.trend().toPlainString());
    assertEquals("0.5753", hiv.projected().toPlainString());
    assertEquals(3, hiv.points());
    Evaluation mmr = find("maternal_mortality");
    assertEquals("[2021 15, 2022 13, 2023 11.5]", report.series().stream()
        .filter(x -> x.indicatorId().equals("maternal_mortality")).findFirst().orElseThrow()
        .points().stream().map(p -> p.year() + " " + p.value().toPlainString()).toList().toString());
    assertEquals(Status.MET, mmr.status());
    Evaluation village = find("female_share_village_committee");
    assertEquals("41.75", village.projected().toPlainString());
    assertEquals("0.2714", village.yearlyNeeded().toPlainString());
  }

  @Test
  void matchesARegionByCodeShortNameAndFullName() {
    // rows 3 (鹿寨县), 4 (村委会…, 鹿寨县) and 5 (450223) make the three points of one series
    assertEquals(3, find("female_share_village_committee").points());
    // row 6 says 鹿寨
    assertEquals(2021, report.series().stream()
        .filter(x -> x.indicatorId().equals("maternal_mortality")).findFirst().orElseThrow()
        .points().get(0).year());
  }

  private static Evaluation find(String id) {
    return report.evaluations().stream().filter(e -> e.indicatorId().equals(id)).findFirst()
        .orElseThrow();
  }
}
