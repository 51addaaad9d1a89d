package org.planscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The names the bigram fields also index as one term each (a <em>concept</em>): every word of the
 * search lexicon, the department aliases, the indicator catalogue and the development domains
 * ({@link SearchQueries#defaultSynonyms()}). A name is kept as the
 * sequence of bigram tokens it analyses to (孕产妇死亡率 → 孕产 产妇 妇死 死亡 亡率); wherever a field's
 * tokens run through that sequence at consecutive positions — exactly where the bigram phrase
 * matches — {@link ConceptFilter} adds the term {@code 孕产 产妇 妇死 死亡 亡率} (the tokens joined by
 * spaces, which no bigram or word contains). A query for the name then reads one postings list
 * instead of checking the positions of five ({@link ConceptQuery}). Immutable, thread-safe.
 */
final class Concepts {
  /** The type attribute of a concept token. */
  static final String TYPE = "<CONCEPT>";

  /** A trie over tokens: the children by the next token, and the concept ending here if any. */
  static final class Node {
    final CharArrayMap<Node> next = new CharArrayMap<>(4, false);
    String concept;
  }

  private final Node root = new Node();
  private final List<String> terms;

  private Concepts(Collection<List<String>> sequences) {
    List<String> all = new ArrayList<>();
    for (List<String> seq : sequences) {
      Node n = root;
      for (String tok : seq) {
        Node child = n.next.get(tok);
        if (child == null) {
          child = new Node();
          n.next.put(tok, child);
        }
        n = child;
      }
      n.concept = String.join(" ", seq);
      all.add(n.concept);
    }
    this.terms = List.copyOf(all);
  }

  private static final class Holder {
    static final Concepts SHARED = of(SearchQueries.defaultSynonyms().words());
  }

  /** The project's concepts: the words of {@link SearchQueries#defaultSynonyms()}. */
  static Concepts shared() {
    return Holder.SHARED;
  }

  static Concepts none() {
    return new Concepts(List.of());
  }

  /**
   * The concepts of these names: each analysed by the plain bigram chain; a name of one token
   * (a bigram, a Latin word) is a term already and is left out.
   */
  static Concepts of(Collection<String> names) {
    TreeSet<List<String>> seqs = new TreeSet<>((a, b) -> String.join(" ", a).compareTo(
        String.join(" ", b)));
    try (Analyzer plain = new Analyzers.Bigram(none())) {
      for (String name : names) {
        List<String> toks = tokens(plain, HanLpTokenizer.fold(name, false));
        if (toks.size() >= 2) {
          seqs.add(toks);
        }
      }
    }
    return new Concepts(seqs);
  }

  /** The tokens of a text at consecutive positions, or the empty list when there is a gap. */
  private static List<String> tokens(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (!out.isEmpty() && inc.getPositionIncrement() != 1) {
          return List.of();
        }
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  Node root() {
    return root;
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** A digest of the concept terms: an index written under other concepts must be rebuilt. */
  String digest() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String t : terms) {
        md.update(t.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  int size() {
    return terms.size();
  }
}
