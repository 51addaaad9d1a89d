package org.planscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Marks a hit's matches in its stored text: re-analyses the text with the index analyzers and
 * marks every bigram (or bigram phrase) that the query looks for, by the token's offsets — so
 * highlighting is exactly as good as the analyzers' offsets. Excluded words are never marked.
 *
 * <p>Example: query 宫颈癌筛查 on 适龄妇女宫颈癌人群筛查率达到70%以上 → 适龄妇女«宫颈癌»人群«筛查»率达到70%以上.
 */
final class Highlighter {
  static final String OPEN = "«";
  static final String CLOSE = "»";
  private static final List<String> FIELDS = List.of(Fields.TEXT_BI);

  private final Analyzer analyzer;
  private final int window;

  Highlighter(Analyzer analyzer, int window) {
    this.analyzer = analyzer;
    this.window = window;
  }

  /**
   * What the query looks for, per highlighted field: term sequences — a phrase's terms in order,
   * or a single term (positive clauses only).
   */
  static Map<String, Set<List<String>>> terms(Query query) {
    Map<String, Set<List<String>>> out = new HashMap<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return FIELDS.contains(field);
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        if (q instanceof PhraseQuery && terms.length > 1) {
          List<String> seq = new ArrayList<>();
          for (Term t : terms) {
            seq.add(t.text());
          }
          out.computeIfAbsent(terms[0].field(), k -> new HashSet<>()).add(List.copyOf(seq));
          return;
        }
        for (Term t : terms) {
          // a concept term is its bigram phrase (ConceptQuery): its tokens joined by spaces
          out.computeIfAbsent(t.field(), k -> new HashSet<>()).add(q instanceof ConceptQuery
              ? List.of(t.text().split(" ")) : List.of(t.text()));
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return out;
  }

  private record Tok(String term, int start, int end) {}

  private List<Tok> analyze(String field, String text) {
    List<Tok> toks = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (Concepts.TYPE.equals(type.type())) {
          continue; // stacked on its phrase's last token; the phrase itself is looked for
        }
        toks.add(new Tok(term.toString(), off.startOffset(), off.endOffset()));
      }
      ts.end();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return toks;
  }

  /**
   * Merged, sorted {@code [start, end)} ranges of {@code text} where a looked-for term or phrase
   * occurs (a phrase only where all its terms follow each other, so the bigram 卫生 of 卫生健康局 is
   * not marked in 卫生巾). {@code terms} comes from {@link #terms}.
   */
  List<int[]> ranges(String text, Map<String, Set<List<String>>> terms) {
    boolean[] marked = new boolean[text.length()];
    for (Map.Entry<String, Set<List<String>>> e : terms.entrySet()) {
      List<Tok> toks = analyze(e.getKey(), text);
      for (List<String> seq : e.getValue()) {
        for (int i = 0; i + seq.size() <= toks.size(); i++) {
          boolean match = true;
          for (int j = 0; j < seq.size() && match; j++) {
            match = toks.get(i + j).term.equals(seq.get(j));
          }
          if (match) {
            int end = Math.min(toks.get(i + seq.size() - 1).end, marked.length);
            for (int k = toks.get(i).start; k < end; k++) {
              marked[k] = true;
            }
          }
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < marked.length; ) {
      if (!marked[i]) {
        i++;
        continue;
      }
      int s0 = i;
      while (i < marked.length && marked[i]) {
        i++;
      }
      out.add(new int[] {s0, i});
    }
    return out;
  }

  /**
   * The text, or the window of {@code window} characters with the most marked characters, with the
   * ranges wrapped in «».
   */
  String snippet(String text, List<int[]> ranges) {
    int from = 0;
    int to = text.length();
    if (text.length() > window) {
      int best = 0;
      int bestStart = 0;
      for (int[] r : ranges) {
        int start = Math.max(0, Math.min(r[0] - 10, text.length() - window));
        int covered = 0;
        for (int[] q : ranges) {
          covered += Math.max(0, Math.min(q[1], start + window) - Math.max(q[0], start));
        }
        if (covered > best) {
          best = covered;
          bestStart = start;
        }
      }
      from = bestStart;
      to = bestStart + window;
    }
    StringBuilder b = new StringBuilder();
    if (from > 0) {
      b.append('…');
    }
    int at = from;
    for (int[] r : ranges) {
      int s = Math.max(r[0], from);
      int e = Math.min(r[1], to);
      if (s >= e) {
        continue;
      }
      b.append(text, at, s).append(OPEN).append(text, s, e).append(CLOSE);
      at = e;
    }
    b.append(text, at, to);
    if (to < text.length()) {
      b.append('…');
    }
    return b.toString().replace('\n', ' ');
  }
}
