package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.planscope.export.CsvWriter;
import org.planscope.export.ResultTables;
import org.planscope.export.Table;
import org.planscope.format.DisplayWidth;
import org.planscope.format.Lang;
import org.planscope.format.Msg;
import org.planscope.format.TargetFormat;
import org.planscope.format.TextTable;
import org.planscope.history.Hierarchy;
import org.planscope.history.HistoryText;
import org.planscope.index.CompareRow;
import org.planscope.index.Comparison;
import org.planscope.index.QueryParseException;
import org.planscope.index.SearchBackend;
import org.planscope.json.HistoryJson;
import org.planscope.json.SearchJson;
import org.planscope.service.DataFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    description = {
        "Indicators side by side across every ingested plan: one row per plan with region, the"
            + " target (2030年 ≤ 12/10万) and the goal text, under the national target where the"
            + " catalogue has one (reads DATA/index).",
        "A plan that names the indicator without a number is listed as 未量化. An indicator no"
            + " plan names exits 1 with the closest catalogue names.",
        "Each region shows its newest plan (the latest period) unless --period or --all-periods"
            + " says otherwise; --tree shows the targets from the national outline down through"
            + " province, city and county, a level looser than the one above marked ▲."},
    mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INDICATOR",
      description = "indicator names or catalogue ids (孕产妇死亡率 婴儿死亡率)")
  List<String> indicators;

  static final class Format {
    @Option(names = "--json", description = "JSON") boolean json;
    @Option(names = "--csv", description = "CSV (RFC 4180, UTF-8 with a byte-order mark)") boolean csv;
  }

  @ArgGroup(exclusive = true)
  Format format = new Format();

  @Option(names = "--period", paramLabel = "P",
      description = "the plans of one period: 2011-2020, 2021—2030, 十四五, or a year (2020) the"
          + " period contains (default: each region's newest plan)")
  String period;

  @Option(names = "--all-periods", description = "every plan of every region, old ones too")
  boolean allPeriods;

  @Option(names = "--tree", description = "national → province → city → county, looser levels marked")
  boolean tree;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "also write the rows to an Excel file")
  Path xlsx;

  @Mixin LangOption lang = new LangOption();

  @Mixin DataOption data = new DataOption();

  @Option(names = "--solr", paramLabel = "URL",
      description = "search a Solr collection instead of DATA/index, e.g."
          + " http://localhost:8983/solr/planscope")
  String solr;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang l = lang.or(Main.messages(spec));
    List<Comparison> all = new ArrayList<>();
    List<Boolean> namedInSomePeriod = new ArrayList<>();
    if (tree && format.csv) {
      err.println(Msg.COMMAND.in(Main.messages(spec), "compare", Msg.TREE_NOT_CSV));
      return 2;
    }
    try (SearchBackend searcher = SearchBackend.open(DataFolder.at(data.dir).indexDir(), solr)) {
      for (String indicator : indicators) {
        Comparison every = Comparison.of(searcher, indicator);
        all.add(every.select(period, allPeriods));
        namedInSomePeriod.add(!every.rows().isEmpty());
      }
    } catch (QueryParseException e) {
      err.println(Msg.COMMAND.in(Main.messages(spec), "compare", e.getMessage()));
      return 2;
    }
    List<CompareRow> rows = all.stream().flatMap(c -> c.rows().stream()).toList();
    if (tree) {
      List<Hierarchy> trees = all.stream().map(Hierarchy::of).toList();
      if (format.json) {
        out.println(HistoryJson.trees(trees));
      } else {
        trees.forEach(h -> HistoryText.tree(out, h, l));
      }
    } else if (format.json) {
      out.println(SearchJson.compare(all));
    } else if (format.csv) {
      out.print(CsvWriter.render(ResultTables.compare(rows, l)));
    } else {
      for (Comparison c : all) {
        print(out, c, l);
      }
    }
    if (xlsx != null) {
      List<Table> sheets = List.of(ResultTables.compare(rows, l));
      XlsxFiles.write(xlsx, sheets);
      err.println(Msg.COMMAND.in(l, "compare", Msg.WROTE.with(xlsx)));
    }
    int code = 0;
    for (int i = 0; i < all.size(); i++) {
      Comparison c = all.get(i);
      if (c.rows().isEmpty() && namedInSomePeriod.get(i)) {
        err.println("planscope compare" + l.pick("：", ": ") + l.pick("没有" + period + "时期的规划提到指标“"
            + c.indicator() + "”（其他时期有：--all-periods）", "no plan of the period " + period
            + " names the indicator " + c.indicator() + " (other periods do: --all-periods)"));
        code = 1;
      } else if (c.rows().isEmpty()) {
        err.println("planscope compare" + l.pick("：", ": ") + l.pick("没有规划提到指标“" + c.indicator() + "”",
            "no plan names the indicator " + c.indicator())
            + (c.suggestions().isEmpty() ? "" : l.pick("。您是不是要找：", ". Did you mean: ")
                + String.join(l.pick("、", ", "), c.suggestions())));
        code = 1;
      }
    }
    out.flush();
    return code;
  }

  /** A header, then one line per plan, columns aligned by display width (a Chinese character is two). */
  static void print(PrintWriter out, Comparison c, Lang l) {
    String name = c.catalogueName() != null ? c.catalogueName() : c.indicator();
    out.printf(Locale.ROOT, "%s%s%n", name, l.pick("：" + c.rows().size() + " 个规划",
        ": " + c.rows().size() + " plan(s)"));
    if (c.reference() != null) {
      Comparison.Reference r = c.reference();
      out.println(l.pick("国家目标：", "national target: ")
          + TargetFormat.value(r.op(), r.value(), r.unit()) + source(r.source(), l));
    }
    if (c.rows().isEmpty()) {
      return;
    }
    String[] head = {l.pick("地区", "region"), l.pick("级别", "level"), l.pick("省份", "province"),
        l.pick("目标值", "target"), l.pick("目标原文", "goal")};
    List<String[]> lines = new ArrayList<>();
    for (CompareRow r : c.rows()) {
      lines.add(new String[] {nz(r.region()), nz(r.level()), nz(r.province()),
          TargetFormat.withYear(r.year(), r.op(), r.value(), r.unit()),
          DisplayWidth.truncate(r.goal(), 60)});
    }
    TextTable.print(out, head, lines);
  }

  private static String source(String s, Lang l) {
    if (s == null) {
      return "";
    }
    return switch (s) {
      case "W" -> l.pick("（《中国妇女发展纲要（2021—2030年）》）", " (China National Program for Women's Development 2021–2030)");
      case "C" -> l.pick("（《中国儿童发展纲要（2021—2030年）》）", " (China National Program for Child Development 2021–2030)");
      default -> " (" + s + ")";
    };
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
