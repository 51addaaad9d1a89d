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

  /**
   * A trie over tokens: the children by the next token, and the concept ending here if any. Nearly
   * every token is a bigram or one ideograph, so those children are found by their characters
   * packed into an int (open addressing), without hashing a string: the lookups were most of what
   * {@link ConceptFilter} cost, two for each token a plan indexes.
   */
  static final class Node {
    /** Children by one or two characters packed into an int (0: empty slot), and longer ones. */
    private int[] keys = new int[4];
    private Node[] nodes = new Node[4];
    private int count;
    private CharArrayMap<Node> longer;
    String concept;

    /** The child for the token {@code buf[0, len)}, or null. */
    Node child(char[] buf, int len) {
      if (!packable(buf, len)) {
        return longer == null ? null : longer.get(buf, 0, len);
      }
      int key = pack(buf, len);
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        int k = keys[i];
        if (k == key) {
          return nodes[i];
        }
        if (k == 0) {
          return null;
        }
      }
    }

    Node childOrNew(String token) {
      char[] buf = token.toCharArray();
      Node child = child(buf, buf.length);
      if (child != null) {
        return child;
      }
      child = new Node();
      if (!packable(buf, buf.length)) {
        if (longer == null) {
          longer = new CharArrayMap<>(4, false);
        }
        longer.put(token, child);
      } else {
        if (2 * (count + 1) > keys.length) {
          grow();
        }
        put(pack(buf, buf.length), child);
      }
      return child;
    }

    boolean isLeaf() {
      return count == 0 && longer == null;
    }

    private void put(int key, Node child) {
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      nodes[i] = child;
      count++;
    }

    private void grow() {
      int[] oldKeys = keys;
      Node[] oldNodes = nodes;
      keys = new int[oldKeys.length * 2];
      nodes = new Node[oldKeys.length * 2];
      count = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          put(oldKeys[i], oldNodes[i]);
        }
      }
    }

    /** One or two characters, the first not NUL: the int keeps them apart (and 0 free). */
    private static boolean packable(char[] buf, int len) {
      return (len == 1 || len == 2) && buf[0] != 0;
    }

    private static int pack(char[] buf, int len) {
      return len == 1 ? buf[0] : buf[0] << 16 | buf[1];
    }

    private static int slot(int key, int mask) {
      int h = key * 0x9E3779B9;
      return (h ^ h >>> 16) & mask;
    }
  }

  private final Node root = new Node();
  private final List<String> terms;

  private Concepts(Collection<List<String>> sequences) {
    List<String> all = new ArrayList<>();
    for (List<String> seq : sequences) {
      Node n = root;
      for (String tok : seq) {
        n = n.childOrNew(tok);
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
