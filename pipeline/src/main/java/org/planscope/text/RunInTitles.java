package org.planscope.text;

/**
 * The run-in title rule, one for every stage: a title at the start of an item's text, set apart
 * from the text by whitespace instead of its 。 (完善妇女健康服务体系 加强…, as the readers write a bold
 * title): 2 to {@link #MAX} characters before the gap, without clause punctuation or numbers, an
 * ideograph on either side of it.
 */
public final class RunInTitles {
  /** The longest run-in title: a longer opening is a sentence with a stray space. */
  public static final int MAX = 40;
  /**
   * What the readers write after a run-in title: the ideographic space, as a typist sets a
   * heading apart from its text (一、指导思想　坚持…); later stages tell it from a stray ASCII
   * space that a PDF left between two words.
   */
  public static final char GAP = '\u3000';
  private static final String NOT_IN_TITLE = "，,、；;：:。%％（(";

  private RunInTitles() {}

  /**
   * Where the whitespace after a run-in title opening {@code s} begins, or -1. With {@code
   * ideographicSpace}, only a gap that holds the ideographic space counts (the readers write it
   * after a bold title; an ASCII space between two words is a PDF's stray).
   */
  public static int gap(CharSequence s, boolean ideographicSpace) {
    int i = 0;
    while (i < s.length() && !TextNormalizer.isSpace(s.charAt(i))) {
      char c = s.charAt(i);
      if (i >= MAX || NOT_IN_TITLE.indexOf(c) >= 0 || Character.isDigit(c)) {
        return -1;
      }
      i++;
    }
    int next = i;
    boolean ideographic = false;
    while (next < s.length() && TextNormalizer.isSpace(s.charAt(next))) {
      ideographic |= s.charAt(next) == GAP;
      next++;
    }
    if (i < 2 || next >= s.length() || ideographicSpace && !ideographic
        || !Character.isIdeographic(s.charAt(i - 1)) || !Character.isIdeographic(s.charAt(next))) {
      return -1;
    }
    return i;
  }
}
