package org.planscope.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.Segmenter;
import org.planscope.text.Token;

/**
 * Places a passage in a development domain when its heading was lost: a lexicon scorer that
 * counts, over the passage's HanLP tokens, the keywords each domain lists in {@code
 * models/lexicon/domains.tsv}. The best domain wins only with a clear margin.
 */
final class DomainClassifier {
  /** The best domain needs at least this many keyword hits … */
  static final int MIN_HITS = 5;
  /** … and this many times the hits of the runner-up. */
  static final double MIN_RATIO = 1.5;

  /** A decision: the domain, or null when unsure, with the two best scores. */
  record Result(DomainLexicon.Entry domain, int best, int second) {}

  private final DomainLexicon lexicon;
  private final Segmenter segmenter;

  DomainClassifier(DomainLexicon lexicon, Segmenter segmenter) {
    this.lexicon = lexicon;
    this.segmenter = segmenter;
  }

  /** The classifier over the shared lexicon and HanLP segmenter (loaded on first use). */
  static DomainClassifier shared() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final DomainClassifier DEFAULT =
        new DomainClassifier(DomainLexicon.shared(), HanLpSegmenter.shared());
  }

  /** Scores a passage against the domains of {@code candidates}. */
  Result classify(String text, List<DomainLexicon.Entry> candidates) {
    Map<String, Integer> counts = new HashMap<>();
    for (Token tok : segmenter.segment(text)) {
      counts.merge(tok.word(), 1, Integer::sum);
    }
    DomainLexicon.Entry best = null;
    int b = 0;
    int second = 0;
    for (DomainLexicon.Entry e : candidates) {
      int score = 0;
      for (String k : e.keywords()) {
        score += counts.getOrDefault(k, 0);
      }
      if (score > b) {
        second = b;
        b = score;
        best = e;
      } else if (score > second) {
        second = score;
      }
    }
    boolean sure = best != null && b >= MIN_HITS && b >= MIN_RATIO * second;
    return new Result(sure ? best : null, b, second);
  }
}
