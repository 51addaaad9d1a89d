package org.planscope.cli;

import org.planscope.export.ActualsFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.planscope.format.Lang;
import org.planscope.format.Msg;
import org.planscope.json.MonitorJson;
import org.planscope.model.Plan;
import org.planscope.monitor.ActualRow;
import org.planscope.monitor.ActualsReader;
import org.planscope.monitor.Monitor;
import org.planscope.monitor.MonitorHtml;
import org.planscope.monitor.MonitorReport;
import org.planscope.export.MonitorTables;
import org.planscope.monitor.MonitorText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "monitor",
    description = {
        "Targets over time: every quantified target of the ingested plans against a table of actual"
            + " values (CSV or .xlsx with the columns region, indicator, year, value, unit,"
            + " source): latest value, gap, yearly change still needed, least-squares trend and a"
            + " status (已达标 / 按趋势可达标 / 滞后 / 数据不足).",
        "Every row that matches no plan region, no catalogue indicator or no target, and every"
            + " value whose unit cannot be converted, is listed with the reason."},
    mixinStandardHelpOptions = true)
final class MonitorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--actuals", required = true, paramLabel = "FILE",
      description = "the actual values (.csv or .xlsx)")
  Path actuals;

  @Option(names = "--json", description = "JSON on stdout instead of the table")
  boolean json;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "also write an Excel workbook")
  Path xlsx;

  @Option(names = "--html", paramLabel = "FILE",
      description = "also write a printable HTML report with a chart per region and indicator")
  Path html;

  @Mixin LangOption lang = new LangOption();

  @Mixin DataOption data = new DataOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang says = Main.messages(spec);
    Lang l = Inputs.lang(lang.value, "monitor", says, err);
    if (l == null) {
      return 2;
    }
    List<ActualRow> rows;
    try {
      rows = ActualsFiles.read(actuals);
    } catch (java.nio.file.NoSuchFileException e) {
      err.println(Msg.COMMAND.in(says, "monitor", Msg.FILE_REASON.with(actuals, Msg.NO_SUCH_FILE)));
      return 1;
    } catch (IOException e) {
      err.println(Msg.COMMAND.in(says, "monitor", Msg.FILE_REASON.with(actuals, e.getMessage())));
      return 1;
    }
    Inputs.Plans read = Inputs.readPlans(data.dir, "monitor", says, err);
    if (read == null) {
      return 1;
    }
    List<Plan> plans = read.plans();
    if (plans.isEmpty()) {
      err.println(Msg.COMMAND.in(says, "monitor",
          Msg.NO_PLANS_IN.with(data.dir.resolve("plans"), data.dir)));
      return 1;
    }
    MonitorReport report = new Monitor().evaluate(plans, rows);
    if (json) {
      out.println(MonitorJson.pretty(report, l));
    } else {
      MonitorText.print(out, report, l);
    }
    if (xlsx != null) {
      XlsxFiles.write(xlsx, MonitorTables.of(report, l));
      err.println(Msg.COMMAND.in(l, "monitor", Msg.WROTE.with(xlsx)));
    }
    if (html != null) {
      Path abs = html.toAbsolutePath();
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      Files.writeString(abs, MonitorHtml.render(report, actuals.getFileName().toString(),
          java.time.LocalDate.now()), StandardCharsets.UTF_8);
      err.println(Msg.COMMAND.in(l, "monitor", Msg.WROTE.with(html)));
    }
    out.flush();
    return 0;
  }
}
