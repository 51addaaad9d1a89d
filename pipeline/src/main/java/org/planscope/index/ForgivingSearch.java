package org.planscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planscope.format.Lang;
import org.planscope.structure.PlaceNames;

/**
 * A search as a person types it, for the command line and the web alike: a region or province
 * in its short form is read through the gazetteer (广西 → 广西壮族自治区, 鹿寨 → 鹿寨县); a
 * condition typed as the query ({@code 孕产妇死亡率<=10}) becomes the numeric filter; and when a
 * place filter finds nothing, the regions that do have hits are offered ("did you mean").
 */
public final class ForgivingSearch {
  /** An indicator, a comparison and a number: what {@code --where} takes. */
  private static final Pattern CONDITION =
      Pattern.compile("^\\s*[^\\s<>=≤≥＜＞＝]+\\s*(<=|>=|==|=|<|>|≤|≥|＜|＞|＝)\\s*[0-9０-９.．]+\\s*\\S{0,8}\\s*$");

  private ForgivingSearch() {}

  /**
   * The answer and what was read differently from what was typed.
   *
   * @param notes one line each, in the interface language: how a filter was read, or "did you
   *     mean"
   * @param suggestions region names with hits, when a place filter found nothing
   */
  public record Answer(SearchResult result, List<String> notes, List<String> suggestions) {
    public Answer {
      notes = List.copyOf(notes);
      suggestions = List.copyOf(suggestions);
    }
  }

  public static Answer search(SearchBackend searcher, SearchRequest typed, Lang l)
      throws IOException, QueryParseException {
    List<String> notes = new ArrayList<>();
    SearchRequest r = typed;
    if (r.where() == null && r.query() != null && CONDITION.matcher(r.query()).matches()) {
      r = new SearchRequest(null, r.region(), r.province(), r.level(), r.domain(), r.kind(),
          r.unit(), r.query().strip(), r.limit(), r.offset());
      notes.add(l.pick("按条件筛选目标值：", "read as a condition on targets: ") + r.where());
    }
    String region = PlaceNames.resolve(r.region());
    String province = PlaceNames.resolve(r.province());
    if (region != null && !region.equals(r.region().strip())) {
      notes.add(l.pick("地区按“" + region + "”筛选（输入：" + r.region().strip() + "）",
          "region read as " + region + " (typed: " + r.region().strip() + ")"));
    }
    if (province != null && !province.equals(r.province().strip())) {
      notes.add(l.pick("省份按“" + province + "”筛选（输入：" + r.province().strip() + "）",
          "province read as " + province + " (typed: " + r.province().strip() + ")"));
    }
    r = r.withPlace(region, province);
    SearchResult result = searcher.search(r);
    List<String> suggestions = new ArrayList<>();
    if (result.total() == 0 && (region != null || province != null)) {
      SearchResult anywhere = searcher.search(r.withPlace(null, null).withOffset(0).withLimit(1));
      for (SearchResult.FacetCount c : anywhere.facets().getOrDefault("region", List.of())) {
        if (suggestions.size() < 5) {
          suggestions.add(c.value());
        }
      }
      if (!suggestions.isEmpty()) {
        notes.add(l.pick("没有找到。您是不是要找：", "nothing found. Did you mean: ")
            + String.join(l.pick("、", ", "), suggestions));
      }
    }
    return new Answer(result, notes, suggestions);
  }
}
