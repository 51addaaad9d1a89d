package org.planscope.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.planscope.extract.DepartmentDictionary;
import org.planscope.extract.IndicatorCatalogue;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.Segmenter;

/**
 * Reads the index (never re-extracts): {@link #search} for ranked, highlighted, faceted hits and
 * {@link #compare} for one indicator side by side across plans. Opens the last commit, so a
 * running ingest is invisible until it commits. Thread-safe.
 */
public final class PlanSearcher implements AutoCloseable {
  static final int SNIPPET_CHARS = 120;
  /** Hits are counted exactly up to this many; past it the total is a lower bound (10,000+). */
  public static final int TOTAL_HITS_THRESHOLD = 10_000;
  /** Facets count the best this many hits, unless exact counts are asked for. */
  public static final int FACET_SAMPLE = 1_000;
  private static final List<String> ITEM_KINDS =
      List.of(Fields.KIND_GOAL, Fields.KIND_MEASURE, Fields.KIND_KEY_PROJECT,
          Fields.KIND_INDICATOR);
  private static final List<String> FACET_DIMS =
      List.of(Fields.FACET_REGION, Fields.FACET_DOMAIN, Fields.FACET_KIND, Fields.FACET_UNIT);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final QueryBuilder queries;
  private final Highlighter highlighter;

  private PlanSearcher(Directory directory, DirectoryReader reader, Analyzer analyzer,
      Synonyms synonyms) throws IOException {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facets());
    } catch (IllegalArgumentException e) {
      state = null; // an index without any faceted document
    }
    this.facetState = state;
    this.queries = new QueryBuilder(analyzer, synonyms);
    this.highlighter = new Highlighter(analyzer, SNIPPET_CHARS);
  }

  /**
   * Opens the index in {@code dir} with the project's synonyms: the search lexicon, every
   * department's written forms (卫健局 = 卫生健康局) and every catalogue indicator's names.
   */
  public static PlanSearcher open(Path dir) throws IOException {
    return open(dir, Synonyms.fromModels()
        .plus(DepartmentDictionary.aliasGroups())
        .plus(IndicatorCatalogue.shared().synonymGroups()));
  }

  /** Opens the index in {@code dir}; {@code synonyms} expand queries, units and indicators. */
  public static PlanSearcher open(Path dir, Synonyms synonyms) throws IOException {
    return open(dir, synonyms, HanLpSegmenter.shared());
  }

  static PlanSearcher open(Path dir, Synonyms synonyms, Segmenter segmenter) throws IOException {
    if (!java.nio.file.Files.isDirectory(dir)) {
      // FSDirectory would create the folder it is then told holds no index
      throw new IOException("no index in " + dir + "; run `planscope ingest` first");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no index in " + dir + "; run `planscope ingest` first");
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      String schema = reader.getIndexCommit().getUserData().get(Fields.SCHEMA_KEY);
      if (!Schema.fingerprint().equals(schema)) {
        reader.close();
        throw new IOException("the index in " + dir + " was built with another analysis (schema "
            + schema + "); run `planscope ingest` to rebuild it");
      }
      return new PlanSearcher(directory, reader, Analyzers.forQuery(segmenter), synonyms);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Number of goal, measure, key project, indicator and target documents. */
  public int size() throws IOException {
    return searcher.count(kinds(List.of(Fields.KIND_GOAL, Fields.KIND_MEASURE,
        Fields.KIND_KEY_PROJECT, Fields.KIND_INDICATOR, Fields.KIND_TARGET)));
  }

  public SearchResult search(SearchRequest r) throws IOException, QueryParseException {
    long t0 = System.nanoTime();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query text = null;
    if (r.query() != null && !r.query().isBlank()) {
      text = queries.parse(r.query());
      b.add(text, Occur.MUST);
    }
    List<String> kinds;
    if (r.kind() != null) {
      String k = r.kind().strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
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
    Query query = b.build();
    TopDocs top;
    FacetsCollector fc;
    long total;
    boolean totalExact;
    boolean facetsExact;
    int want = r.offset() + r.limit();
    if (r.exactCounts()) {
      // every match visited: exact total and facet counts, no pruning
      FacetsCollectorManager.FacetsResult fr =
          FacetsCollectorManager.search(searcher, query, want, new FacetsCollectorManager());
      top = fr.topDocs();
      fc = fr.facetsCollector();
      total = 0;
      for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
        total += m.totalHits;
      }
      totalExact = true;
      facetsExact = true;
    } else {
      // top-k with block-max WAND: hits are counted exactly up to TOTAL_HITS_THRESHOLD, then
      // documents that cannot enter the top are skipped; facets count the best FACET_SAMPLE hits
      top = searcher.search(query,
          new TopScoreDocCollectorManager(Math.max(want, FACET_SAMPLE), TOTAL_HITS_THRESHOLD));
      total = top.totalHits.value;
      totalExact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
      facetsExact = totalExact && total <= top.scoreDocs.length;
      fc = collect(top.scoreDocs);
    }
    Map<String, List<SearchResult.FacetCount>> facets = facets(fc);

    Map<String, Set<List<String>>> terms = highlighter.plan(Highlighter.terms(query));
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>();
    int rank = r.offset();
    // only the shown page is loaded and highlighted
    for (int i = r.offset(); i < Math.min(want, top.scoreDocs.length); i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = stored.document(sd.doc);
      String body = d.get(Fields.TEXT);
      List<int[]> ranges = terms.isEmpty() ? List.of() : highlighter.ranges(body, terms);
      hits.add(new SearchResult.Hit(++rank, sd.score, d.get(Fields.ID), d.get(Fields.PLAN),
          d.get(Fields.TITLE), d.get(Fields.REGION), d.get(Fields.LEVEL), d.get(Fields.PROVINCE),
          d.get(Fields.CITY), d.get(Fields.PERIOD), d.get(Fields.DOMAIN), d.get(Fields.KIND),
          d.get(Fields.NUMBER), body, highlighter.snippet(body, ranges), ranges,
          values(d, Fields.LEAD), values(d, Fields.RESPONSIBLE), values(d, Fields.DEPT),
          target(d)));
    }
    return new SearchResult(r.query(), total, totalExact, hits, facets, facetsExact,
        (System.nanoTime() - t0) / 1e6, r.offset());
  }

  /**
   * The indicator in every plan that states it: per plan, its best-matching target (the
   * catalogue id beats a name match; a shorter indicator name beats a longer one), sorted by
   * province, region and plan.
   */
  public List<CompareRow> compare(String indicator) throws IOException, QueryParseException {
    Query q = new BooleanQuery.Builder()
        .add(queries.indicator(indicator), Occur.MUST)
        .add(kinds(List.of(Fields.KIND_TARGET)), Occur.FILTER)
        .build();
    int n = Math.max(1, searcher.count(q));
    StoredFields stored = searcher.storedFields();
    Map<String, CompareRow> best = new LinkedHashMap<>();
    for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
      Document d = stored.document(sd.doc);
      String plan = d.get(Fields.PLAN);
      if (best.containsKey(plan)) {
        continue;
      }
      String year = d.get(Fields.YEAR);
      String value = d.get(Fields.VALUE_TEXT) != null ? d.get(Fields.VALUE_TEXT) : d.get(Fields.VALUE);
      best.put(plan, new CompareRow(d.get(Fields.REGION), d.get(Fields.LEVEL),
          d.get(Fields.PROVINCE), plan, d.get(Fields.TITLE), d.get(Fields.INDICATOR),
          d.get(Fields.INDICATOR_ID), d.get(Fields.OP), value, d.get(Fields.VALUE_UNIT),
          year == null ? periodEnd(d.get(Fields.PERIOD)) : Integer.valueOf(year),
          d.get(Fields.TEXT)));
    }
    // Plans that name the indicator (linked to the catalogue) but give no number: 未量化 rows.
    Query named = new BooleanQuery.Builder()
        .add(queries.indicator(indicator), Occur.MUST)
        .add(kinds(ITEM_KINDS), Occur.FILTER)
        .build();
    for (ScoreDoc sd : searcher.search(named, Math.max(1, searcher.count(named))).scoreDocs) {
      Document d = stored.document(sd.doc);
      String plan = d.get(Fields.PLAN);
      if (!best.containsKey(plan)) {
        best.put(plan, new CompareRow(d.get(Fields.REGION), d.get(Fields.LEVEL),
            d.get(Fields.PROVINCE), plan, d.get(Fields.TITLE), indicator, null, null, null, null,
            periodEnd(d.get(Fields.PERIOD)), d.get(Fields.TEXT)));
      }
    }
    List<CompareRow> rows = new ArrayList<>(best.values());
    // Chinese collation (pinyin order: 广东 < 广西 < 山西); unknown places last.
    java.text.Collator zh = java.text.Collator.getInstance(java.util.Locale.CHINA);
    Comparator<String> names = Comparator.nullsLast(zh::compare);
    rows.sort(Comparator.comparing(CompareRow::province, names)
        .thenComparing(CompareRow::region, names)
        .thenComparing(CompareRow::plan));
    return rows;
  }

  /** A target without its own year is due at the end of its plan's period (2021-2030 → 2030). */
  private static Integer periodEnd(String period) {
    if (period == null) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})$").matcher(period);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /**
   * A facets collector fed with the given hits only (the best {@link #FACET_SAMPLE}), leaf by
   * leaf in document order, so facet counts cost as much as the shown sample, not every match.
   */
  private FacetsCollector collect(ScoreDoc[] hits) throws IOException {
    int[] docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
    Arrays.sort(docs);
    FacetsCollector fc = new FacetsCollector();
    List<LeafReaderContext> leaves = reader.leaves();
    int i = 0;
    for (LeafReaderContext leaf : leaves) {
      int end = leaf.docBase + leaf.reader().maxDoc();
      if (i >= docs.length || docs[i] >= end) {
        continue;
      }
      LeafCollector lc = fc.getLeafCollector(leaf);
      for (; i < docs.length && docs[i] < end; i++) {
        lc.collect(docs[i] - leaf.docBase);
      }
      lc.finish();
    }
    return fc;
  }

  private Map<String, List<SearchResult.FacetCount>> facets(FacetsCollector fc)
      throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    if (facetState == null) {
      return out;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, fc);
    Set<String> dims = new LinkedHashSet<>();
    facetState.getDims().forEach(dims::add);
    for (String dim : FACET_DIMS) {
      List<SearchResult.FacetCount> values = new ArrayList<>();
      if (dims.contains(dim)) {
        FacetResult res = counts.getTopChildren(20, dim);
        if (res != null) {
          for (LabelAndValue lv : res.labelValues) {
            values.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
          }
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  private static SearchResult.TargetValue target(Document d) {
    if (!Fields.KIND_TARGET.equals(d.get(Fields.KIND))) {
      return null;
    }
    String year = d.get(Fields.YEAR);
    String value = d.get(Fields.VALUE_TEXT) != null ? d.get(Fields.VALUE_TEXT) : d.get(Fields.VALUE);
    return new SearchResult.TargetValue(d.get(Fields.INDICATOR), d.get(Fields.INDICATOR_ID),
        d.get(Fields.OP), value, d.get(Fields.VALUE_UNIT),
        year == null ? null : Integer.valueOf(year), d.get(Fields.RAW));
  }

  private static Query kinds(List<String> kinds) {
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

  private static List<String> values(Document d, String field) {
    return Arrays.stream(d.getFields(field)).map(IndexableField::stringValue).toList();
  }

  /**
   * False once a newer commit has landed in the index (an ingest or an upload): a long-lived
   * caller then opens a new searcher, as Lucene's {@code SearcherManager} would.
   */
  public boolean isCurrent() throws IOException {
    return reader.isCurrent();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
