package org.planscope.text;

import java.util.Arrays;
import org.planscope.model.Block;

/**
 * One cleaned source block: its text, the source offset of every char, its page, and whether
 * it stands alone whatever its width (the first page's copy of a running header).
 */
record SourceLine(Block block, String text, int[] origin, int page, boolean standalone,
    int seams) {
  /** Seam: never joined to the line before. */
  static final int NO_JOIN_BEFORE = 1;
  /** Seam: never joined to the line after. */
  static final int NO_JOIN_AFTER = 2;
  /** Seam: always joined to the line after (a page's furniture cut out between them). */
  static final int JOIN_AFTER = 4;

  SourceLine(Block block, String text, int[] origin, int page, boolean standalone) {
    this(block, text, origin, page, standalone, 0);
  }

  int width() {
    return TextNormalizer.displayWidth(text);
  }

  SourceLine alone() {
    return new SourceLine(block, text, origin, page, true, seams);
  }

  /** The part [from, to) of this line; {@code newSeams}: {@link #NO_JOIN_BEFORE} | {@link
   * #NO_JOIN_AFTER}. */
  SourceLine part(int from, int to, int newSeams) {
    String t = text.substring(from, to);
    int lo = 0;
    int hi = t.length();
    while (lo < hi && TextNormalizer.isSpace(t.charAt(lo))) {
      lo++;
    }
    while (hi > lo && TextNormalizer.isSpace(t.charAt(hi - 1))) {
      hi--;
    }
    return new SourceLine(block, t.substring(lo, hi),
        Arrays.copyOfRange(origin, from + lo, from + hi), page, standalone, newSeams);
  }
}
