package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.planscope.export.ResultTables;
import org.planscope.format.Lang;
import org.planscope.format.Msg;
import org.planscope.format.TargetFormat;
import org.planscope.index.ForgivingSearch;
import org.planscope.index.PlanSearcher;
import org.planscope.index.SearchBackend;
import org.planscope.service.DataFolder;
import org.planscope.index.QueryParseException;
import org.planscope.index.SearchRequest;
import org.planscope.index.SearchResult;
import org.planscope.json.SearchJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

  @Option(names = "--region", paramLabel = "R",
      description = "region name (鹿寨县; a short form such as 鹿寨 is read through the gazetteer)")
  String region;

  @Option(names = "--province", paramLabel = "P", description = "province (广西 or 广西壮族自治区)")
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

  @Option(names = "--limit", paramLabel = "N", description = "hits per page (default: 10)")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "skip the N best hits first (default: 0)")
  int offset;

  @Option(names = "--page", paramLabel = "P",
      description = "page P of --limit hits (1-based; --page 2 is --offset LIMIT)")
  Integer page;

  @Option(names = "--exact-counts",
      description = "count every match for the total and the facets (slower on a large index;"
          + " by default the total is exact up to 10,000 and facets count the best 1,000 hits)")
  boolean exactCounts;

  @Option(names = "--json", description = "machine-readable JSON (the shape of /api/search)")
  boolean json;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "also write the hits to an Excel file")
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
    Lang says = Main.messages(spec);
    Lang l = lang.or(says);
    if (limit < 1) {
      err.println(Msg.COMMAND.in(says, "search", Msg.LIMIT_AT_LEAST_1));
      return 2;
    }
    if (offset < 0 || (page != null && page < 1)) {
      err.println(Msg.COMMAND.in(says, "search", Msg.OFFSET_OR_PAGE));
      return 2;
    }
    int skip = page != null ? (page - 1) * limit : offset;
    ForgivingSearch.Answer a;
    try (SearchBackend searcher = SearchBackend.open(DataFolder.at(data.dir).indexDir(), solr)) {
      a = ForgivingSearch.search(searcher, new SearchRequest(query, region, province, level,
          domain, kind, unit, where, limit, skip).withExactCounts(exactCounts), l);
    } catch (QueryParseException e) {
      err.println(Msg.COMMAND.in(says, "search", e.getMessage()));
      return 2;
    }
    SearchResult r = a.result();
    if (json) {
      out.println(SearchJson.search(a));
    } else {
      a.notes().forEach(n -> err.println(Msg.COMMAND.in(l, "search", n)));
      print(out, r, l);
    }
    if (xlsx != null) {
      XlsxFiles.write(xlsx, List.of(ResultTables.search(r, l)));
      err.println(Msg.COMMAND.in(l, "search", Msg.WROTE_HITS.with(xlsx, r.hits().size())));
    }
    out.flush();
    return 0;
  }

  /** Printed first when a shard did not answer (Chinese first, then English). */
  static final String PARTIAL = "注意：部分分片未响应，以下结果不完整"
      + " (partial results: part of the index did not answer)";

  static void print(PrintWriter out, SearchResult r, Lang l) {
    if (r.partial()) {
      out.println(PARTIAL);
    }
    int from = r.hits().isEmpty() ? 0 : r.offset() + 1;
    int to = r.offset() + r.hits().size();
    if (l == Lang.ZH) {
      out.printf(Locale.ROOT, "%s共 %d%s 条，显示第 %d–%d 条（%.1f 毫秒）%n",
          r.query() == null || r.query().isBlank() ? "" : "“" + r.query() + "” ", r.total(), r.totalExact() ? "" : "+", from, to,
          r.millis());
    } else {
      out.printf(Locale.ROOT, "%d%s hit(s)%s, showing %d–%d (%.1f ms)%n", r.total(), r.totalExact() ? "" : "+",
          r.query() == null ? "" : " for " + r.query(), from, to, r.millis());
    }
    for (Map.Entry<String, List<SearchResult.Hit>> g : r.byRegion().entrySet()) {
      SearchResult.Hit first = g.getValue().get(0);
      out.println();
      out.println("■ " + g.getKey() + place(first) + (first.title() == null ? "" : " — " + first.title()));
      for (SearchResult.Hit h : g.getValue()) {
        StringBuilder head = new StringBuilder();
        head.append(String.format(Locale.ROOT, "  %2d. [%s", h.rank(), l.kind(h.kind())));
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
          out.println("      " + l.pick("目标值：", "target: ") + t.indicator() + " "
              + TargetFormat.withYear(t.year(), t.op(), t.value(), t.unit()));
        }
        if (!h.lead().isEmpty()) {
          out.println("      " + l.pick("牵头：", "lead: ") + String.join("、", h.lead()));
        }
        if (!h.responsible().isEmpty()) {
          out.println("      " + l.pick("责任：", "responsible: ") + String.join("、", h.responsible()));
        }
      }
    }
    out.println();
    for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
      if (f.getValue().isEmpty()) {
        continue;
      }
      out.println(facetName(f.getKey(), l) + ": " + f.getValue().stream()
          .map(c -> (f.getKey().equals("kind") ? l.kind(c.value()) : c.value()) + " " + c.count())
          .collect(Collectors.joining(" · ")));
    }
    if (to < r.total()) {
      out.println(l.pick("下一页：--offset " + to, "next page: --offset " + to));
    }
    out.println(l.pick("合计：", "total: ") + r.total() + (r.totalExact() ? "" : "+")
        + (r.facetsExact() ? "" : l.pick("（分面按前 " + PlanSearcher.FACET_SAMPLE + " 条统计）",
            " (facets count the best " + PlanSearcher.FACET_SAMPLE + " hits)")));
  }

  private static String facetName(String dim, Lang l) {
    return switch (dim) {
      case "region" -> l.pick("地区", "region");
      case "domain" -> l.pick("领域", "domain");
      case "kind" -> l.pick("类型", "kind");
      case "unit" -> l.pick("单位", "unit");
      default -> dim;
    };
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
