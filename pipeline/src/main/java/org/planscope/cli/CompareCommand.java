package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.planscope.index.CompareRow;
import org.planscope.index.SearchBackend;
import org.planscope.index.QueryParseException;
import org.planscope.json.SearchJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    description = "One indicator side by side across every ingested plan: one row per plan with"
        + " region, op, value, unit, year and the goal text (reads DATA/index).",
    mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INDICATOR", description = "indicator name or catalogue id (孕产妇死亡率)")
  String indicator;

  static final class Format {
    @Option(names = "--json", description = "JSON") boolean json;
    @Option(names = "--csv", description = "CSV (RFC 4180, UTF-8)") boolean csv;
  }

  @ArgGroup(exclusive = true)
  Format format = new Format();

  @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: data)")
  Path data = Path.of("data");

  @Option(names = "--solr", paramLabel = "URL",
      description = "search a Solr collection instead of DATA/index, e.g."
          + " http://localhost:8983/solr/planscope")
  String solr;

  static final List<String> COLUMNS = List.of("region", "level", "province", "plan", "indicator",
      "op", "value", "unit", "year", "goal");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<CompareRow> rows;
    try (SearchBackend searcher = SearchBackend.open(data.resolve("index"), solr)) {
      rows = searcher.compare(indicator);
    } catch (QueryParseException e) {
      err.println("planscope compare: " + e.getMessage());
      return 2;
    }
    if (format.json) {
      out.println(SearchJson.compare(indicator, rows));
    } else if (format.csv) {
      out.print(String.join(",", COLUMNS) + "\r\n");
      for (CompareRow c : rows) {
        out.print(String.join(",", cells(c).stream().map(CompareCommand::csv).toList()) + "\r\n");
      }
    } else {
      out.printf(Locale.ROOT, "%s: %d plan(s)%n", indicator, rows.size());
      for (CompareRow c : rows) {
        out.printf(Locale.ROOT, "%-12s %-4s %-12s %-2s %-8s %-6s %-6s %s%n", nz(c.region()),
            nz(c.level()), nz(c.province()), nz(c.op()), nz(c.value()), nz(c.unit()),
            c.year() == null ? "" : c.year().toString(), shorten(c.goal(), 60));
      }
    }
    out.flush();
    return 0;
  }

  static List<String> cells(CompareRow c) {
    return List.of(nz(c.region()), nz(c.level()), nz(c.province()), nz(c.plan()),
        nz(c.indicator()), nz(c.op()), nz(c.value()), nz(c.unit()),
        c.year() == null ? "" : c.year().toString(), nz(c.goal()));
  }

  static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String shorten(String s, int n) {
    if (s == null) {
      return "";
    }
    String one = s.replace('\n', ' ');
    return one.length() <= n ? one : one.substring(0, n) + "…";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
