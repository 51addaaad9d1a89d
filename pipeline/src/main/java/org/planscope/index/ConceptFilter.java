package org.planscope.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds a {@link Concepts concept} token after the last token of each run of tokens that spells a
 * concept at consecutive positions: same position (increment 0) and offsets as that last token
 * (Lucene refuses offsets that go backwards; the highlighter marks the phrase, not the concept
 * token), type {@value Concepts#TYPE}. Streaming: it keeps only the partial matches open at the
 * previous token, never a buffer of tokens. A stacked token does not count in a field's length (BM25
 * discounts overlaps), so the bigrams' norms are what they were.
 *
 * <p>Example, concept 孕产妇死亡率: 孕产妇死亡率下降 → 孕产 产妇 妇死 死亡 亡率 [孕产 产妇 妇死 死亡 亡率] 率下 下降.
 */
final class ConceptFilter extends TokenFilter {
  private final Concepts.Node root;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  /** Partial matches ending at the previous token (trie nodes), and the ones being built. */
  private Concepts.Node[] open = new Concepts.Node[4];
  private int opened;
  private Concepts.Node[] next = new Concepts.Node[4];

  /** Concepts completed at the last token, to be emitted before reading on, and its offsets. */
  private String[] pending = new String[2];
  private int pendingCount;
  private int lastStart;
  private int lastEnd;

  ConceptFilter(TokenStream input, Concepts concepts) {
    super(input);
    this.root = concepts.root();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingCount > 0) {
      pendingCount--;
      clearAttributes();
      term.setEmpty().append(pending[pendingCount]);
      offset.setOffset(lastStart, lastEnd);
      inc.setPositionIncrement(0);
      type.setType(Concepts.TYPE);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    lastStart = offset.startOffset();
    lastEnd = offset.endOffset();
    char[] buf = term.buffer();
    int len = term.length();
    int n = 0;
    if (inc.getPositionIncrement() == 1) {
      for (int i = 0; i < opened; i++) {
        Concepts.Node child = open[i].child(buf, len);
        if (child != null) {
          n = keep(n, child);
        }
      }
    }
    Concepts.Node first = root.child(buf, len);
    if (first != null) {
      n = keep(n, first);
    }
    Concepts.Node[] t = open;
    open = next;
    next = t;
    opened = n;
    return true;
  }

  private int keep(int n, Concepts.Node node) {
    if (node.concept != null) {
      if (pendingCount == pending.length) {
        pending = java.util.Arrays.copyOf(pending, pendingCount * 2);
      }
      pending[pendingCount++] = node.concept;
    }
    if (node.isLeaf()) {
      return n;
    }
    if (n == next.length) {
      next = java.util.Arrays.copyOf(next, n * 2);
    }
    next[n] = node;
    return n + 1;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    opened = 0;
    pendingCount = 0;
  }
}
