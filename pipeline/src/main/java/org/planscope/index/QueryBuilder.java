package org.planscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Turns the user's query into a Lucene query over the bigram fields.
 *
 * <p>Syntax: words separated by spaces are all required; {@code "…"} is an exact phrase; {@code
 * -word} excludes; {@code a OR b} accepts either. Each word is expanded by {@link Synonyms} and
 * segmented by HanLP; every segment (a HanLP word, or a run of single characters the segmenter
 * could not group, 嘎 / 查) must match as a bigram phrase, in the item text or in its region /
 * domain / indicator / unit names. So 宫颈癌筛查 (宫颈癌 / 筛 / 查) finds 宫颈癌人群筛查率. A lone
 * character beside longer segments of the word (与, 的, 率) is not required: inside a run of
 * Chinese it has no term of its own, and the whole word as a contiguous bigram phrase scores extra
 * anyway. HanLP only segments the query; documents are indexed as bigrams alone.
 */
final class QueryBuilder {
  private static final Pattern WHERE = Pattern.compile(
      "^\\s*([^<>=≤≥]+?)\\s*(<=|>=|==|=|<|>|≤|≥)\\s*(-?\\d+(?:\\.\\d+)?)\\s*(\\S*)\\s*$");

  private final Analyzer analyzer;
  private final Synonyms synonyms;

  QueryBuilder(Analyzer analyzer, Synonyms synonyms) {
    this.analyzer = analyzer;
    this.synonyms = synonyms;
  }

  /** One clause of the user's query. */
  private record Clause(String text, boolean phrase, boolean negated) {}

  /** The query for a user query string; throws with a one-line message when malformed. */
  Query parse(String query) throws QueryParseException {
    String q = HanLpTokenizer.fold(query == null ? "" : query, false).strip();
    if (q.isEmpty()) {
      throw new QueryParseException("empty query");
    }
    // Groups of OR-ed clauses; the groups are AND-ed.
    List<List<Clause>> groups = new ArrayList<>();
    boolean pendingOr = false;
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      if (c == '-' && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1))) {
        negated = true;
        i++;
        c = q.charAt(i);
      } else if (c == '-') {
        throw new QueryParseException("'-' must be followed by a word to exclude, at character "
            + (i + 1) + " of: " + query);
      }
      Clause clause;
      if (c == '"' || c == '“' || c == '”') {
        int end = closingQuote(q, i + 1);
        if (end < 0) {
          throw new QueryParseException("unbalanced quote at character " + (i + 1) + " of: "
              + query);
        }
        clause = new Clause(q.substring(i + 1, end).strip(), true, negated);
        i = end + 1;
        if (clause.text.isEmpty()) {
          throw new QueryParseException("empty phrase \"\" in: " + query);
        }
      } else {
        int end = i;
        while (end < q.length() && !Character.isWhitespace(q.charAt(end))) {
          char e = q.charAt(end);
          if (e == '"' || e == '“' || e == '”') {
            break;
          }
          end++;
        }
        String word = q.substring(i, end);
        i = end;
        if (word.equals("OR") && !negated) {
          if (groups.isEmpty() || pendingOr) {
            throw new QueryParseException("OR needs a word on both sides in: " + query);
          }
          pendingOr = true;
          continue;
        }
        clause = new Clause(word, false, negated);
      }
      if (pendingOr) {
        if (clause.negated || groups.get(groups.size() - 1).get(0).negated) {
          throw new QueryParseException("an excluded word cannot be part of OR in: " + query);
        }
        groups.get(groups.size() - 1).add(clause);
        pendingOr = false;
      } else {
        groups.add(new ArrayList<>(List.of(clause)));
      }
    }
    if (pendingOr) {
      throw new QueryParseException("OR needs a word on both sides in: " + query);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    for (List<Clause> group : groups) {
      boolean negated = group.get(0).negated;
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int n = 0;
      for (Clause c : group) {
        Query cq = c.phrase ? phrase(c.text) : words(c.text);
        if (cq != null) {
          any.add(cq, Occur.SHOULD);
          n++;
        }
      }
      if (n == 0) {
        if (negated) {
          continue;
        }
        throw new QueryParseException("nothing searchable in '" + group.get(0).text
            + "' (only punctuation?) in: " + query);
      }
      b.add(n == 1 ? any.build().clauses().get(0).getQuery() : any.build(),
          negated ? Occur.MUST_NOT : Occur.MUST);
      positive |= !negated;
    }
    if (!positive) {
      throw new QueryParseException("the query only excludes; add a word to search for: " + query);
    }
    return b.build();
  }

  private static int closingQuote(String q, int from) {
    for (int i = from; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '"' || c == '”' || c == '“') {
        return i;
      }
    }
    return -1;
  }

  /** At most this many of a word's rewrites add a whole-phrase bonus. */
  static final int MAX_BONUS_VARIANTS = 4;

  /**
   * A word: its literal pieces segmented into required segments, each synonym in it (卫健局 in
   * 卫健局职责) required as a whole in any of its group's forms; null when nothing is searchable.
   * One conjunction with a disjunction per synonym slot matches what the OR of every rewrite
   * would, without running the word once per combination (a name with four synonyms in it, 区人大、
   * 区政府、区政协…, was sixteen conjunctions of seventeen segments). The whole word scores extra
   * as a contiguous phrase, in its first {@value #MAX_BONUS_VARIANTS} rewrites.
   */
  Query words(String word) {
    List<List<Synonyms.Piece>> rewrites = synonyms.pieces(word);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int required = 0;
    List<String> lone = new ArrayList<>();
    for (Synonyms.Piece piece : rewrites.get(0)) {
      if (piece.synonym()) {
        Query slot = anyOf(synonyms.of(piece.text()));
        if (slot != null) {
          all.add(slot, Occur.MUST);
          required++;
        }
        continue;
      }
      String v = piece.text();
      for (List<Tok> chunk : chunks(analyze(Fields.TEXT, v))) {
        String surface = v.substring(chunk.get(0).start, chunk.get(chunk.size() - 1).end);
        if (isLoneCjk(surface)) {
          lone.add(surface);
        } else if (segment(all, surface)) {
          required++;
        }
      }
    }
    if (required == 0) {
      // only lone characters (女, 县): each one anywhere, as a bigram's first or second half
      for (String c : lone) {
        all.add(loneCharacter(c), Occur.MUST);
        required++;
      }
    }
    if (required == 0) {
      return null;
    }
    if (required > 1) {
      BooleanQuery.Builder bonus = new BooleanQuery.Builder();
      int n = 0;
      for (List<Synonyms.Piece> r : rewrites.subList(0,
          Math.min(rewrites.size(), MAX_BONUS_VARIANTS))) {
        StringBuilder whole = new StringBuilder();
        r.forEach(piece -> whole.append(piece.text()));
        Query p = phrase(Fields.TEXT_BI, whole.toString());
        if (p != null) {
          bonus.add(p, Occur.SHOULD);
          n++;
        }
      }
      if (n > 0) {
        all.add(boost(n == 1 ? bonus.build().clauses().get(0).getQuery() : bonus.build(), 2f),
            Occur.SHOULD);
      }
    }
    return all.build();
  }

  /** Any one of a synonym group's forms, each as a whole; sorted, so the query is deterministic. */
  private Query anyOf(Set<String> forms) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    Query last = null;
    for (String f : forms.stream().sorted().toList()) {
      Query q = exact(f);
      if (q != null) {
        any.add(q, Occur.SHOULD);
        last = q;
        n++;
      }
    }
    return n == 0 ? null : n == 1 ? last : any.build();
  }

  /**
   * One required segment: its bigram phrase (or, for digits and Latin, its token) in the text,
   * scored, or in the names, for a constant: nearly every item carries a domain name such as
   * 妇女与健康, so a BM25 score there would be high in every block and the top-k search could skip
   * nothing. False when the segment has no term (punctuation such as %).
   */
  private boolean segment(BooleanQuery.Builder all, String surface) {
    Query bt = phrase(Fields.TEXT_BI, surface);
    Query bm = phrase(Fields.META_BI, surface);
    if (bt == null || bm == null) {
      return false;
    }
    all.add(new BooleanQuery.Builder().add(boost(bt, 1.5f), Occur.SHOULD)
        .add(names(bm, 0.5f), Occur.SHOULD).build(), Occur.MUST);
    return true;
  }

  private static boolean isLoneCjk(String s) {
    return s.codePointCount(0, s.length()) == 1 && Character.isIdeographic(s.codePointAt(0));
  }

  /**
   * A lone character searched for on its own: in a run of Chinese it is only part of bigrams, so
   * the bigrams that begin or end with it (a term scan for the second), or the character where it
   * stands alone; a constant score.
   */
  private static Query loneCharacter(String c) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String f : List.of(Fields.TEXT_BI, Fields.META_BI)) {
      b.add(new TermQuery(new Term(f, c)), Occur.SHOULD);
      b.add(new PrefixQuery(new Term(f, c)), Occur.SHOULD);
      b.add(new WildcardQuery(new Term(f, "?" + c)), Occur.SHOULD);
    }
    return new ConstantScoreQuery(b.build());
  }

  /** One string as a contiguous bigram phrase in the text or the names. */
  private Query exact(String v) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String f : List.of(Fields.TEXT_BI, Fields.META_BI)) {
      Query q = phrase(f, v);
      if (q != null) {
        b.add(f.equals(Fields.META_BI) ? names(q, 0.3f) : boost(q, 1.5f), Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  /** An exact phrase (and its synonym rewrites): contiguous bigrams in the text or the names. */
  Query phrase(String text) {
    BooleanQuery.Builder variants = new BooleanQuery.Builder();
    int n = 0;
    for (String v : synonyms.variants(text)) {
      Query q = exact(v);
      if (q != null) {
        variants.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : variants.build();
  }

  /**
   * Targets whose indicator matches: the catalogue id exactly, or the name as a bigram phrase
   * (孕产妇死亡率 matches 孕产妇死亡率 and 城乡孕产妇死亡率), synonyms included.
   */
  Query indicator(String name) throws QueryParseException {
    String n = HanLpTokenizer.fold(name).strip();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int count = 0;
    for (String v : synonyms.variants(n)) {
      b.add(boost(new TermQuery(new Term(Fields.INDICATOR_ID, v)), 4f), Occur.SHOULD);
      Query p = phrase(Fields.INDICATOR_BI, v);
      if (p != null) {
        b.add(p, Occur.SHOULD);
      }
      count++;
    }
    if (count == 0 || n.isEmpty()) {
      throw new QueryParseException("no indicator given");
    }
    return b.build();
  }

  /** A parsed {@code --where}: indicator, comparator and number. */
  record Where(String indicator, String op, double value, String unit) {}

  static Where parseWhere(String where) throws QueryParseException {
    Matcher m = WHERE.matcher(HanLpTokenizer.fold(where));
    if (!m.matches()) {
      throw new QueryParseException("--where must look like INDICATOR<=NUMBER (operators < <= = >= >),"
          + " e.g. \"孕产妇死亡率<=10\"; got: " + where);
    }
    String op = switch (m.group(2)) {
      case "≤" -> "<=";
      case "≥" -> ">=";
      case "==" -> "=";
      default -> m.group(2);
    };
    return new Where(m.group(1), op, Double.parseDouble(m.group(3)),
        m.group(4).isEmpty() ? null : m.group(4));
  }

  /** Targets of the indicator whose value satisfies the comparison. */
  Query where(Where w) throws QueryParseException {
    double v = w.value();
    Query range = switch (w.op()) {
      case "<=" -> DoublePoint.newRangeQuery(Fields.VALUE, Double.NEGATIVE_INFINITY, v);
      case "<" -> DoublePoint.newRangeQuery(Fields.VALUE, Double.NEGATIVE_INFINITY, Math.nextDown(v));
      case ">=" -> DoublePoint.newRangeQuery(Fields.VALUE, v, Double.POSITIVE_INFINITY);
      case ">" -> DoublePoint.newRangeQuery(Fields.VALUE, Math.nextUp(v), Double.POSITIVE_INFINITY);
      default -> DoublePoint.newExactQuery(Fields.VALUE, v);
    };
    return new BooleanQuery.Builder()
        .add(indicator(w.indicator()), Occur.MUST)
        .add(range, Occur.FILTER)
        .build();
  }

  /** Items with the unit: canonical department exactly, or the name as a bigram phrase. */
  Query unit(String unit) throws QueryParseException {
    String u = HanLpTokenizer.fold(unit).strip();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String v : synonyms.variants(u)) {
      b.add(new TermQuery(new Term(Fields.DEPT, v)), Occur.SHOULD);
      Query p = phrase(Fields.UNITS_BI, v);
      if (p != null) {
        b.add(p, Occur.SHOULD);
      }
      n++;
    }
    if (u.isEmpty() || n == 0) {
      throw new QueryParseException("--unit needs a unit name");
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------

  private record Tok(String term, int start, int end, int position, boolean concept) {}

  /**
   * Segments: a HanLP word of two or more characters stands alone; adjacent single CJK characters
   * (what HanLP leaves of an unknown word: 嘎 / 查, 筛 / 查) are grouped so that their bigrams can
   * match.
   */
  private static List<List<Tok>> chunks(List<Tok> toks) {
    List<List<Tok>> out = new ArrayList<>();
    List<Tok> run = null;
    for (Tok t : toks) {
      boolean single = t.term.length() == 1 && Character.isIdeographic(t.term.charAt(0));
      if (single && run != null && run.get(run.size() - 1).end == t.start) {
        run.add(t);
        continue;
      }
      run = null;
      List<Tok> chunk = new ArrayList<>();
      chunk.add(t);
      out.add(chunk);
      if (single) {
        run = chunk;
      }
    }
    return out;
  }

  private static Query termsAll(String field, List<Tok> chunk) {
    if (chunk.size() == 1) {
      return new TermQuery(new Term(field, chunk.get(0).term));
    }
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    int base = chunk.get(0).position;
    for (Tok t : chunk) {
      p.add(new Term(field, t.term), t.position - base);
    }
    return p.build();
  }

  /**
   * The text analysed for {@code field} as one query: a term, or a phrase of its tokens at their
   * positions (bigrams of 宫颈癌 for a bigram field, words for a word field).
   */
  Query phrase(String field, String text) {
    List<Tok> toks = analyze(field, text);
    if (toks.isEmpty()) {
      return null;
    }
    List<Tok> plain = new ArrayList<>(toks.size());
    String whole = null;
    for (Tok t : toks) {
      if (t.concept) {
        whole = t.term; // the last one stacked is the longest that ends there
      } else {
        plain.add(t);
      }
    }
    if (whole != null && plain.size() > 1) {
      List<String> terms = plain.stream().map(Tok::term).toList();
      if (whole.equals(String.join(" ", terms))) {
        return new ConceptQuery(field, whole, terms);
      }
    }
    return termsAll(field, plain);
  }

  private List<Tok> analyze(String field, String text) {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(new Tok(term.toString(), off.startOffset(), off.endOffset(), pos,
            Concepts.TYPE.equals(type.type())));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * A match in the names (region, domain, indicator, unit) scores a constant: nearly every item
   * carries a domain name such as 妇女与健康, so a term's BM25 score there would be high in
   * every block, and block-max WAND could skip nothing; the text decides the order.
   */
  private static Query names(Query q, float boost) {
    return new BoostQuery(new ConstantScoreQuery(q), boost);
  }

  private static Query boost(Query q, float boost) {
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

}
