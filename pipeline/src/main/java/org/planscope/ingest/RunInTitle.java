package org.planscope.ingest;

/**
 * A bold run that opens a paragraph and is followed by plain text with nothing between them
 * ({@code 1.完善妇女健康服务体系} in bold, then {@code 加强妇幼保健机构建设…}): a run-in title
 * whose 。 the layout replaced. The readers write a space after it, so that it reads as the
 * item's title rather than the first half of its first sentence.
 */
final class RunInTitle {
  /** Punctuation a title may end with: then it needs no separator. */
  private static final String CLOSERS = "。：:；;，,、.．）)】！？!?…";
  private static final int MAX = 40;

  private RunInTitle() {}

  /** Whether a space belongs between the bold {@code title} and text starting with {@code next}. */
  static boolean needsSpace(String title, char next) {
    String t = title.strip();
    return t.length() >= 2 && t.length() <= MAX && CLOSERS.indexOf(t.charAt(t.length() - 1)) < 0
        && Character.isIdeographic(t.charAt(t.length() - 1)) && Character.isIdeographic(next);
  }
}
