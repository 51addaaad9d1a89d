package org.planscope.lexicon;

import java.text.Normalizer;

/**
 * The project's one width fold, for comparing what plans print with what the lexicons and the
 * catalogue hold: NFKC (full-width ％ → %, １２ → 12, ideographic space → space), and the ratio
 * colon ∶ (U+2236, which NFKC leaves alone) read as {@code :}. Extraction folds its text with
 * {@link #width(char)}, offset by offset; indicator names, units and table cells are compared by
 * {@link #key}. (The normaliser's narrower fold in {@code text} keeps CJK punctuation full width
 * in the normalised text, which spans point into; it does not compare anything.)
 */
public final class Fold {
  private Fold() {}

  /** {@code s} width folded; its length may change (㎡ → m2). Null stays null. */
  public static String width(String s) {
    if (s == null) {
      return null;
    }
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2236', ':');
  }

  /** {@code c} width folded when it folds to one character, else {@code c}: offsets stay put. */
  public static char width(char c) {
    if (c == '\u2236') {
      return ':';
    }
    if (c < 0x80) {
      return c;
    }
    String k = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    return k.length() == 1 ? k.charAt(0) : c;
  }

  /**
   * The comparison key of an indicator phrase, unit or table cell: width folded, without white
   * space, since plans print {@code 12.5/10 万} and {@code 宫颈癌 筛查率}. Null is {@code ""}.
   */
  public static String key(String s) {
    if (s == null) {
      return "";
    }
    String n = width(s);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
