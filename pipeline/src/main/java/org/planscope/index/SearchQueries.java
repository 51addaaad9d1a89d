package org.planscope.index;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.planscope.extract.DepartmentDictionary;
import org.planscope.extract.IndicatorCatalogue;
import org.planscope.structure.DomainNames;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.Segmenter;

/**
 * A {@link SearchRequest} → the one Lucene query that answers it, whichever engine runs it: the
 * embedded index runs it itself, and the Solr plugin's query parser builds the very same query
 * inside each Solr core, so both rank, filter and count alike. Thread-safe.
 */
public final class SearchQueries {
  static final List<String> ITEM_KINDS = List.of(Fields.KIND_GOAL, Fields.KIND_MEASURE,
      Fields.KIND_KEY_PROJECT, Fields.KIND_INDICATOR);

  private final Analyzer analyzer;
  private final QueryBuilder queries;

  SearchQueries(Analyzer analyzer, Synonyms synonyms) {
    this.analyzer = analyzer;
    this.queries = new QueryBuilder(analyzer, synonyms);
  }

  private static final class Holder {
    static final SearchQueries SHARED = new SearchQueries(
        Analyzers.forQuery(HanLpSegmenter.shared()), defaultSynonyms());
  }

  /** The project's queries: the shared HanLP segmenter and {@link #defaultSynonyms}. */
  public static SearchQueries shared() {
    return Holder.SHARED;
  }

  static SearchQueries with(Segmenter segmenter, Synonyms synonyms) {
    return new SearchQueries(Analyzers.forQuery(segmenter), synonyms);
  }

  private static final class Lexicon {
    static final Synonyms DEFAULT = Synonyms.fromModels()
        .plus(DepartmentDictionary.aliasGroups())
        .plus(IndicatorCatalogue.shared().synonymGroups())
        .plus(DomainNames.aliasGroups());
  }

  /**
   * The search lexicon, every department's written forms (卫健局 = 卫生健康局), every catalogue
   * indicator's names and every development domain's names (妇女与健康 = 妇女健康): a domain name
   * is then matched as a whole (in an item's text, or as the domain its item is in), as an
   * indicator's name is, rather than as its words 妇女 / 与 / 健康 anywhere. Built once: the
   * queries and the index's concept terms read the same one.
   */
  public static Synonyms defaultSynonyms() {
    return Lexicon.DEFAULT;
  }

  /** The query analyzer (also what highlighting re-analyses stored text with). */
  Analyzer analyzer() {
    return analyzer;
  }

  /** Text, kind, exact filters, unit and {@code where}: everything a search asks for. */
  public Query search(SearchRequest r) throws QueryParseException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query text = null;
    if (r.query() != null && !r.query().isBlank()) {
      text = queries.parse(r.query());
      b.add(text, Occur.MUST);
    }
    List<String> kinds;
    if (r.kind() != null) {
      String k = r.kind().strip().toLowerCase(Locale.ROOT).replace('-', '_');
      if (!ITEM_KINDS.contains(k) && !k.equals(Fields.KIND_TARGET)) {
        throw new QueryParseException("unknown kind '" + r.kind()
            + "' (one of goal, measure, key_project, indicator, target)");
      }
      kinds = List.of(k);
    } else {
      kinds = r.where() != null ? List.of(Fields.KIND_TARGET) : ITEM_KINDS;
    }
    b.add(kinds(kinds), Occur.FILTER);
    exact(b, Fields.REGION, r.region());
    exact(b, Fields.PROVINCE, r.province());
    exact(b, Fields.LEVEL, r.level());
    exact(b, Fields.DOMAIN, r.domain());
    if (r.unit() != null) {
      b.add(queries.unit(r.unit()), Occur.FILTER);
    }
    if (r.where() != null) {
      b.add(queries.where(QueryBuilder.parseWhere(r.where())), Occur.MUST);
    }
    if (text == null && r.where() == null) {
      if (r.region() == null && r.province() == null && r.level() == null && r.domain() == null
          && r.unit() == null && r.kind() == null) {
        throw new QueryParseException("empty query: give words to search for, or a filter");
      }
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return b.build();
  }

  /** The targets of an indicator, for {@code compare}. */
  public Query compare(String indicator) throws QueryParseException {
    return new BooleanQuery.Builder()
        .add(queries.indicator(indicator), Occur.MUST)
        .add(kinds(List.of(Fields.KIND_TARGET)), Occur.FILTER)
        .build();
  }

  /** The goals, measures, key projects and indicators that name an indicator (未量化 rows). */
  public Query named(String indicator) throws QueryParseException {
    return new BooleanQuery.Builder()
        .add(queries.indicator(indicator), Occur.MUST)
        .add(kinds(ITEM_KINDS), Occur.FILTER)
        .build();
  }

  /** Goal, measure, key project, indicator and target documents. */
  static Query searchable() {
    return kinds(List.of(Fields.KIND_GOAL, Fields.KIND_MEASURE, Fields.KIND_KEY_PROJECT,
        Fields.KIND_INDICATOR, Fields.KIND_TARGET));
  }

  static Query kinds(List<String> kinds) {
    if (kinds.size() == 1) {
      return new TermQuery(new Term(Fields.KIND, kinds.get(0)));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String k : kinds) {
      b.add(new TermQuery(new Term(Fields.KIND, k)), Occur.SHOULD);
    }
    return b.build();
  }

  private static void exact(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
    }
  }
}
