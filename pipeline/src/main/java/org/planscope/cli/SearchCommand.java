package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.planscope.index.SearchBackend;
import org.planscope.index.QueryParseException;
import org.planscope.index.SearchRequest;
import org.planscope.index.SearchResult;
import org.planscope.json.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    description = {
        "Search the goals, measures and key projects of every ingested plan (reads DATA/index).",
        "Words are all required; \"…\" is an exact phrase, -word excludes, a OR b accepts either.",
        "Hits are grouped by region with «highlighted» snippets, then facet counts and the total."},
    mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "e.g. 宫颈癌筛查, \"村委会成员\" -主任")
  String query;

  @Option(names = "--region", paramLabel = "R", description = "region name, exact (鹿寨县)")
  String region;

  @Option(names = "--province", paramLabel = "P", description = "province, exact")
  String province;

  @Option(names = "--level", paramLabel = "L", description = "region level: 省 市 州 盟 县 区 旗 …")
  String level;

  @Option(names = "--domain", paramLabel = "D", description = "canonical domain (妇女与健康)")
  String domain;

  @Option(names = "--kind", paramLabel = "K", description = "goal, measure, key_project, indicator or target")
  String kind;

  @Option(names = "--unit", paramLabel = "U", description = "lead/responsible unit or department (卫健局)")
  String unit;

  @Option(names = "--where", paramLabel = "COND",
      description = "numeric filter on targets, e.g. \"孕产妇死亡率<=10\" (implies --kind target)")
  String where;

  @Option(names = "--limit", paramLabel = "N", description = "hits to show (default: 10)")
  int limit = 10;

  @Option(names = "--json", description = "machine-readable JSON")
  boolean json;

  @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: data)")
  Path data = Path.of("data");

  @Option(names = "--solr", paramLabel = "URL",
      description = "search a Solr collection instead of DATA/index, e.g."
          + " http://localhost:8983/solr/planscope")
  String solr;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1) {
      err.println("planscope search: --limit must be at least 1");
      return 2;
    }
    SearchResult r;
    try (SearchBackend searcher = SearchBackend.open(data.resolve("index"), solr)) {
      r = searcher.search(new SearchRequest(query, region, province, level, domain, kind, unit,
          where, limit));
    } catch (QueryParseException e) {
      err.println("planscope search: " + e.getMessage());
      return 2;
    }
    if (json) {
      out.println(SearchJson.search(r));
    } else {
      print(out, r);
    }
    out.flush();
    return 0;
  }

  /** Printed first when a shard did not answer (Chinese first, then English). */
  static final String PARTIAL = "注意：部分分片未响应，以下结果不完整"
      + " (partial results: part of the index did not answer)";

  static void print(PrintWriter out, SearchResult r) {
    if (r.partial()) {
      out.println(PARTIAL);
    }
    out.printf(Locale.ROOT, "%d hit(s)%s, showing %d (%.1f ms)%n", r.total(),
        r.query() == null ? "" : " for " + r.query(), r.hits().size(), r.millis());
    for (Map.Entry<String, List<SearchResult.Hit>> g : r.byRegion().entrySet()) {
      SearchResult.Hit first = g.getValue().get(0);
      out.println();
      out.println("■ " + g.getKey() + place(first) + (first.title() == null ? "" : " — " + first.title()));
      for (SearchResult.Hit h : g.getValue()) {
        StringBuilder head = new StringBuilder();
        head.append(String.format(Locale.ROOT, "  %2d. [%s", h.rank(), h.kind()));
        if (h.domain() != null) {
          head.append(' ').append(h.domain());
        }
        if (h.number() != null) {
          head.append(' ').append(h.number());
        }
        head.append(String.format(Locale.ROOT, "] %.2f", h.score()));
        out.println(head);
        out.println("      " + h.snippet());
        if (h.target() != null) {
          SearchResult.TargetValue t = h.target();
          out.println("      target: " + t.indicator() + " " + nz(t.op()) + " " + nz(t.value())
              + nz(t.unit()) + (t.year() == null ? "" : " (" + t.year() + ")"));
        }
        if (!h.lead().isEmpty()) {
          out.println("      lead: " + String.join("、", h.lead()));
        }
        if (!h.responsible().isEmpty()) {
          out.println("      responsible: " + String.join("、", h.responsible()));
        }
      }
    }
    out.println();
    for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
      if (f.getValue().isEmpty()) {
        continue;
      }
      out.println(f.getKey() + ": " + f.getValue().stream()
          .map(c -> c.value() + " " + c.count()).collect(Collectors.joining(" · ")));
    }
    out.println("total: " + r.total());
  }

  private static String place(SearchResult.Hit h) {
    StringBuilder b = new StringBuilder();
    for (String s : new String[] {h.level(), h.city(), h.province()}) {
      if (s != null) {
        b.append(b.length() == 0 ? "" : ", ").append(s);
      }
    }
    return b.length() == 0 ? "" : " (" + b + ")";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
