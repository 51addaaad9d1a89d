package org.planscope.ingest;

import org.planscope.text.RunInTitles;

/**
 * A bold run that opens a paragraph and is followed by plain text with nothing between them
 * ({@code 1.完善妇女健康服务体系} in bold, then {@code 加强妇幼保健机构建设…}): a run-in title
 * whose 。 the layout replaced. The readers write {@link RunInTitles#GAP} after it, so that it
 * reads as the item's title rather than the first half of its first sentence.
 */
final class RunInTitle {
  /** Punctuation a title may end with: then it needs no separator. */
  private static final String CLOSERS = "。：:；;，,、.．）)】！？!?…";

  private RunInTitle() {}

  /** A list number typed before the bold run (2.<b>完善…</b>): the run still opens the item. */
  private static final java.util.regex.Pattern TYPED_NUMBER = java.util.regex.Pattern.compile(
      "\\s*(?:[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,3}[.．、]"
          + "|[一二三四五六七八九十]{1,3}、|[①-⑳])\\s*");

  /** Whether {@code s} is a list number and nothing else (2. / （二） / 二、 / ②). */
  static boolean listNumber(CharSequence s) {
    return TYPED_NUMBER.matcher(s).matches();
  }

  /** Whether a space belongs between the bold {@code title} and text starting with {@code next}. */
  static boolean needsSpace(String title, char next) {
    String t = title.strip();
    return t.length() >= 2 && t.length() <= RunInTitles.MAX
        && CLOSERS.indexOf(t.charAt(t.length() - 1)) < 0
        && Character.isIdeographic(t.charAt(t.length() - 1)) && Character.isIdeographic(next);
  }
}
