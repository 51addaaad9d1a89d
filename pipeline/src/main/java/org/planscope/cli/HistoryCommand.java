package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.planscope.format.Lang;
import org.planscope.history.History;
import org.planscope.history.HistoryText;
import org.planscope.history.Series;
import org.planscope.json.HistoryJson;
import org.planscope.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "history",
    description = {
        "One region's plans across periods (2011—2020 and 2021—2030, 十三五 and 十四五), target by"
            + " target: 新增 / 提高 / 放宽 / 取消 / 不变 in the catalogue's good direction, with the two"
            + " goal texts and what changed between them marked 【like this】 (reads DATA/plans).",
        "Plans form a series when region and plan type are the same (a sector plan also needs"
            + " the same field). A region without plans exits 1 and names the regions that have"
            + " plans of several periods."},
    mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REGION", description = "a region name, full or short (柳城县, 柳城)")
  String region;

  @Option(names = "--indicator", paramLabel = "X",
      description = "only this indicator (a catalogue name or id, or part of a name)")
  String indicator;

  @Option(names = "--json", description = "JSON") boolean json;

  @Mixin LangOption lang = new LangOption();

  @Mixin DataOption data = new DataOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang says = Main.messages(spec);
    Lang l = Inputs.lang(lang.value, "history", says, err);
    if (l == null) {
      return 2;
    }
    Inputs.Plans read = Inputs.readPlans(data.dir, "history", says, err);
    if (read == null) {
      return 1;
    }
    List<Plan> plans = read.plans();
    String name = Series.region(plans, region);
    if (name == null) {
      List<String> several = Series.regionsWithSeveralPeriods(plans);
      err.println("planscope history" + l.pick("：", ": ") + l.pick("没有“" + region + "”的规划",
          "no plan of " + region) + (several.isEmpty() ? ""
              : l.pick("。有多个时期规划的地区：", ". Regions with plans of several periods: ")
                  + String.join(l.pick("、", ", "), several)));
      return 1;
    }
    List<HistoryJson.Entry> entries = new ArrayList<>();
    for (Series s : Series.of(plans, name)) {
      entries.add(new HistoryJson.Entry(s, History.of(s, indicator)));
    }
    if (json) {
      out.println(HistoryJson.history(name, entries, l));
    } else {
      for (HistoryJson.Entry e : entries) {
        HistoryText.series(out, e.series(), e.steps(), l);
      }
    }
    out.flush();
    return 0;
  }
}
