package org.planscope.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The exact phrase of a {@link Concepts concept}'s tokens, answered from its concept term: the same
 * documents and the same scores as the {@code PhraseQuery} of those tokens (the similarity is given
 * the phrase's statistics — the collection's and each token's — and the concept term's frequency
 * in a document is the phrase's), but one postings list is read instead of the positions of every
 * token, and its impacts let the top-k search skip blocks.
 */
final class ConceptQuery extends Query {
  private final Term concept;
  private final List<Term> tokens;

  /**
   * @param field the field
   * @param concept the concept term (its tokens joined by spaces)
   * @param tokens the phrase's tokens, in order
   */
  ConceptQuery(String field, String concept, List<String> tokens) {
    this.concept = new Term(field, concept);
    this.tokens = tokens.stream().map(t -> new Term(field, t)).toList();
  }

  Term concept() {
    return concept;
  }

  /**
   * Per open index, what the weights look up in its terms dictionaries — each concept term's
   * states and each token's statistics (empty when the index lacks the token) — kept until the
   * reader closes: a query's concepts recur in query after query, and the lookups were a
   * twentieth of a search.
   */
  private record Lookups(Map<Term, TermStates> states, Map<Term, Optional<TermStatistics>> stats) {
    Lookups() {
      this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }
  }

  private static final Map<IndexReader.CacheKey, Lookups> LOOKUPS = new ConcurrentHashMap<>();

  /** Open indexes with lookups kept (for tests). */
  static int cachedReaders() {
    return LOOKUPS.size();
  }

  private static Lookups lookups(IndexSearcher searcher) {
    IndexReader.CacheHelper h = searcher.getIndexReader().getReaderCacheHelper();
    if (h == null) {
      return new Lookups();
    }
    return LOOKUPS.computeIfAbsent(h.getKey(), k -> {
      h.addClosedListener(LOOKUPS::remove);
      return new Lookups();
    });
  }

  private static TermStates states(IndexSearcher searcher, Lookups cache, Term t)
      throws IOException {
    TermStates st = cache.states().get(t);
    if (st == null) {
      st = TermStates.build(searcher, t, true);
      cache.states().put(t, st);
    }
    return st;
  }

  private static Optional<TermStatistics> statistics(IndexSearcher searcher, Lookups cache,
      Term t) throws IOException {
    Optional<TermStatistics> st = cache.stats().get(t);
    if (st == null) {
      TermStates ts = TermStates.build(searcher, t, true);
      st = ts.docFreq() > 0
          ? Optional.of(searcher.termStatistics(t, ts.docFreq(), ts.totalTermFreq()))
          : Optional.empty();
      cache.stats().put(t, st);
    }
    return st;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Lookups cache = lookups(searcher);
    TermStates states = states(searcher, cache, concept);
    String field = concept.field();
    Similarity.SimScorer sim;
    if (scoreMode.needsScores()) {
      // the statistics a PhraseQuery of the tokens gives its similarity
      TermStatistics[] stats = new TermStatistics[tokens.size()];
      int n = 0;
      for (Term t : tokens) {
        Optional<TermStatistics> st = statistics(searcher, cache, t);
        if (st.isPresent()) {
          stats[n++] = st.get();
        }
      }
      CollectionStatistics collection = searcher.collectionStatistics(field);
      sim = n == 0 || collection == null ? null
          : searcher.getSimilarity().scorer(boost, collection, Arrays.copyOf(stats, n));
    } else {
      sim = searcher.getSimilarity().scorer(boost, new CollectionStatistics(field, 1, 1, 1, 1),
          new TermStatistics(concept.bytes(), 1, 1));
    }
    return new Weight(this) {
      private TermsEnum terms(LeafReaderContext ctx) throws IOException {
        TermState state = states.get(ctx);
        if (state == null || sim == null) {
          return null;
        }
        TermsEnum te = ctx.reader().terms(field).iterator();
        te.seekExact(concept.bytes(), state);
        return te;
      }

      @Override
      public Scorer scorer(LeafReaderContext ctx) throws IOException {
        TermsEnum te = terms(ctx);
        if (te == null) {
          return null;
        }
        LeafSimScorer scorer = new LeafSimScorer(sim, ctx.reader(), field,
            scoreMode.needsScores());
        if (scoreMode == ScoreMode.TOP_SCORES) {
          ImpactsEnum impacts = te.impacts(PostingsEnum.FREQS);
          return new TermScorer(this, impacts, scorer, false);
        }
        return new TermScorer(this, te.postings(null,
            scoreMode.needsScores() ? PostingsEnum.FREQS : PostingsEnum.NONE), scorer);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return true;
      }

      @Override
      public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
        TermsEnum te = terms(ctx);
        if (te != null) {
          PostingsEnum p = te.postings(null, PostingsEnum.FREQS);
          if (p.advance(doc) == doc) {
            float freq = p.freq();
            LeafSimScorer scorer = new LeafSimScorer(sim, ctx.reader(), field, true);
            Explanation e = scorer.explain(doc, Explanation.match(freq, "phraseFreq=" + freq));
            return Explanation.match(e.getValue(), "weight(" + ConceptQuery.this + ")", e);
          }
        }
        return Explanation.noMatch("no matching concept term");
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(concept.field())) {
      visitor.consumeTerms(this, concept);
    }
  }

  @Override
  public String toString(String field) {
    StringBuilder b = new StringBuilder();
    if (!concept.field().equals(field)) {
      b.append(concept.field()).append(':');
    }
    return b.append("concept\"").append(concept.text()).append('"').toString();
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && concept.equals(((ConceptQuery) o).concept)
        && tokens.equals(((ConceptQuery) o).tokens);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), concept, tokens);
  }
}
