package org.planscope.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.planscope.format.Msg;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.Segmenter;

/**
 * The embedded index, read-only (never re-extracts): {@link #search} for ranked, highlighted,
 * faceted hits and {@link #compare} for one indicator side by side across plans. Opens the last
 * commit, so a running ingest is invisible until it commits. Thread-safe.
 */
public final class PlanSearcher implements SearchBackend {
  static final int SNIPPET_CHARS = 120;
  /** Hits are counted exactly up to this many; past it the total is a lower bound (10,000+). */
  public static final int TOTAL_HITS_THRESHOLD = 10_000;
  /** Facets count the best this many hits, unless exact counts are asked for. */
  public static final int FACET_SAMPLE = 1_000;
  /**
   * Best score first; equal scores by document id, so a page is the same whatever order the
   * documents were indexed in, and the same as the Solr backend's ({@code score desc,id asc}).
   */
  static final Sort RANKING =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
  private static final List<String> FACET_DIMS =
      List.of(Fields.FACET_REGION, Fields.FACET_DOMAIN, Fields.FACET_KIND, Fields.FACET_UNIT);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final SearchQueries queries;
  private final Highlighter highlighter;

  private PlanSearcher(Directory directory, DirectoryReader reader, SearchQueries queries)
      throws IOException {
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
    this.queries = queries;
    this.highlighter = new Highlighter(queries.analyzer(), SNIPPET_CHARS);
  }

  /**
   * Opens the index in {@code dir} with the project's synonyms: the search lexicon, every
   * department's written forms (卫健局 = 卫生健康局) and every catalogue indicator's names.
   */
  public static PlanSearcher open(Path dir) throws IOException {
    return open(dir, SearchQueries.shared());
  }

  /** Opens the index in {@code dir}; {@code synonyms} expand queries, units and indicators. */
  public static PlanSearcher open(Path dir, Synonyms synonyms) throws IOException {
    return open(dir, SearchQueries.with(HanLpSegmenter.shared(), synonyms));
  }

  static PlanSearcher open(Path dir, Synonyms synonyms, Segmenter segmenter) throws IOException {
    return open(dir, SearchQueries.with(segmenter, synonyms));
  }

  private static PlanSearcher open(Path dir, SearchQueries queries) throws IOException {
    if (!java.nio.file.Files.isDirectory(dir)) {
      // FSDirectory would create the folder it is then told holds no index
      throw new IndexUnusableException(Msg.NO_INDEX.with(dir));
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexUnusableException(Msg.NO_INDEX.with(dir));
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      String schema = reader.getIndexCommit().getUserData().get(Fields.SCHEMA_KEY);
      if (!Schema.fingerprint().equals(schema)) {
        reader.close();
        throw new IndexUnusableException(Msg.INDEX_OF_OTHER_ANALYSIS.with(dir, schema));
      }
      return new PlanSearcher(directory, reader, queries);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Number of goal, measure, key project, indicator and target documents. */
  public int size() throws IOException {
    return searcher.count(SearchQueries.searchable());
  }

  @Override
  public SearchResult search(SearchRequest r) throws IOException, QueryParseException {
    long t0 = System.nanoTime();
    Query query = queries.search(r);
    TopDocs top;
    FacetsCollector fc;
    long total;
    boolean totalExact;
    boolean facetsExact;
    int want = r.offset() + r.limit();
    if (r.exactCounts()) {
      // every match visited: exact total and facet counts, no pruning
      FacetsCollectorManager.FacetsResult fr =
          FacetsCollectorManager.search(searcher, query, want, RANKING, true,
              new FacetsCollectorManager());
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
      // documents that cannot enter the top are skipped. In the same pass: the page ranked by
      // (score, id), and for the facets the best FACET_SAMPLE hits by score alone (equal scores
      // in index order) — a queue of a thousand compared by id cost as much as the search
      Object[] both = searcher.search(query, new MultiCollectorManager(
          new TopFieldCollectorManager(RANKING, want, null, TOTAL_HITS_THRESHOLD),
          new TopScoreDocCollectorManager(Math.max(want, FACET_SAMPLE), null,
              TOTAL_HITS_THRESHOLD)));
      top = (TopDocs) both[0];
      for (ScoreDoc sd : top.scoreDocs) {
        sd.score = (Float) ((FieldDoc) sd).fields[0]; // the score is the first sort value
      }
      TopDocs sample = (TopDocs) both[1];
      total = top.totalHits.value;
      totalExact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
      facetsExact = totalExact && total <= sample.scoreDocs.length;
      fc = collect(sample.scoreDocs);
    }
    Map<String, List<SearchResult.FacetCount>> facets = facets(fc);

    Map<String, Set<List<String>>> terms = Highlighter.terms(query);
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>();
    int rank = r.offset();
    // only the shown page is loaded and highlighted
    for (int i = r.offset(); i < Math.min(want, top.scoreDocs.length); i++) {
      ScoreDoc sd = top.scoreDocs[i];
      hits.add(StoredHits.hit(++rank, sd.score, stored(stored.document(sd.doc)), highlighter,
          terms));
    }
    return new SearchResult(r.query(), total, totalExact, hits, facets, facetsExact,
        (System.nanoTime() - t0) / 1e6, r.offset());
  }

  /**
   * The indicator in every plan that states it: per plan, its best-matching target (the
   * catalogue id beats a name match; a shorter indicator name beats a longer one), sorted by
   * province, region and plan.
   */
  @Override
  public List<CompareRow> compare(String indicator) throws IOException, QueryParseException {
    Query q = queries.compare(indicator);
    int n = Math.max(1, searcher.count(q));
    StoredFields stored = searcher.storedFields();
    List<StoredHits.Scored> matches = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
      matches.add(new StoredHits.Scored(sd.score, stored(stored.document(sd.doc))));
    }
    // Plans that name the indicator (linked to the catalogue) but give no number: 未量化 rows.
    Query named = queries.named(indicator);
    List<StoredHits.Stored> naming = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(named, Math.max(1, searcher.count(named))).scoreDocs) {
      naming.add(stored(stored.document(sd.doc)));
    }
    return StoredHits.compareRows(matches, naming, indicator);
  }

  /**
   * A facets collector fed with the given hits only (the best {@link #FACET_SAMPLE} by score),
   * leaf by leaf in document order, so facet counts cost as much as the sample, not every match.
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

  private static StoredHits.Stored stored(Document d) {
    return new StoredHits.Stored() {
      @Override
      public String get(String field) {
        return d.get(field);
      }

      @Override
      public List<String> all(String field) {
        return Arrays.stream(d.getFields(field)).map(IndexableField::stringValue).toList();
      }
    };
  }

  /**
   * False once a newer commit has landed in the index (an ingest or an upload): a long-lived
   * caller then opens a new searcher, as Lucene's {@code SearcherManager} would.
   */
  @Override
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
