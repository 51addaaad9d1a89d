package org.planscope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.Document;
import org.planscope.model.PlanText;
import org.planscope.model.Span;

/**
 * A {@link Document} in, a {@link PlanText} out: one block per paragraph, joined by {@code \n}.
 *
 * <ul>
 *   <li>drops {@code [bookmark: _Toc123]} artefacts, markdown heading and emphasis markers and
 *       bullets ({@code # }, {@code **}, {@code - 1.} → {@code 1.}), page numbers ({@code — 12 —},
 *       {@code 第 3 页});
 *   <li>folds full-width digits and Latin letters to ASCII, character for character;
 *   <li>rejoins a paragraph broken mid-sentence by a page or line break, across blank lines,
 *       without inserting a space: {@code 适龄妇⏎⏎女宫颈癌} → {@code 适龄妇女宫颈癌};
 *   <li>keeps an exact map from every output offset to the source text.
 * </ul>
 */
public final class TextNormalizer {
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
  private static final Pattern MARKDOWN_PREFIX =
      Pattern.compile("^(?:#{1,6}\\s*|>\\s*|[-*+]\\s+(?=\\S))");
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(?:[-—–－~～\\s]*\\d{1,4}[-—–－~～\\s]*|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4}|[Pp]age\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)$");
  /** Lines that open a new item or heading, which a broken line never continues into. */
  private static final Pattern OPENS_ITEM = Pattern.compile(
      "^(?:第[一二三四五六七八九十百零〇\\d]+[章节部分篇条]|[一二三四五六七八九十百]+[、.．]"
          + "|[（(][一二三四五六七八九十百\\d]+[）)]|\\d+(?:\\.\\d+)*[.．、)）](?!\\d)|[①-⑳]"
          + "|[-*+]\\s|#|附[件表录]|主要目标|策略措施|发展目标|主要措施|推进措施|目标任务)");
  /** Sentence- or clause-final punctuation: a line ending in one is complete. */
  private static final String CLOSERS = "。；;：:！!？?…”」』）)》";
  /** A line this short without final punctuation is a heading or title, not a broken sentence. */
  private static final int MIN_BROKEN_LINE = 20;

  /** Normalises a whole document. */
  public PlanText normalize(Document doc) {
    String src = doc.text();
    List<Block> sourceBlocks = doc.blocks().isEmpty()
        ? List.of(Block.paragraph(new Span(0, src.length())))
        : doc.blocks();
    MappedTextBuilder out = new MappedTextBuilder();
    List<Block> blocks = new ArrayList<>();
    Block open = null; // the block being built, whose text ends at out.length()
    int openStart = 0;
    for (Block b : sourceBlocks) {
      int[] cleanOrigin = new int[b.span().length()];
      String clean = clean(src, b.span(), cleanOrigin);
      if (clean.isEmpty() || PAGE_NUMBER.matcher(clean).matches()) {
        continue;
      }
      boolean join = open != null
          && open.kind() != BlockKind.HEADING
          && b.kind() == open.kind()
          && b.label() == null
          && isBroken(out, openStart)
          && !OPENS_ITEM.matcher(clean).lookingAt();
      if (!join) {
        if (open != null) {
          blocks.add(open.withSpan(new Span(openStart, out.length())));
          out.append('\n', cleanOrigin.length > 0 ? Math.max(0, cleanOrigin[0] - 1) : b.span().start());
          fixSeparatorOrigin(out);
        }
        openStart = out.length();
        open = b;
      }
      for (int i = 0; i < clean.length(); i++) {
        out.append(clean.charAt(i), cleanOrigin[i]);
      }
    }
    if (open != null) {
      blocks.add(open.withSpan(new Span(openStart, out.length())));
    }
    return new PlanText(out.text(), src, out.origin(src.length()), blocks);
  }

  /** A separator must not map before the character it follows (the map is monotone). */
  private static void fixSeparatorOrigin(MappedTextBuilder out) {
    int i = out.length() - 1;
    if (i > 0 && out.originAt(i) < out.originAt(i - 1)) {
      char c = out.charAt(i);
      out.truncate(i);
      out.append(c, out.originAt(i - 1));
    }
  }

  private static boolean isBroken(MappedTextBuilder out, int blockStart) {
    int len = out.length() - blockStart;
    if (len < MIN_BROKEN_LINE) {
      return false;
    }
    char last = out.charAt(out.length() - 1);
    return CLOSERS.indexOf(last) < 0;
  }

  /**
   * Cleans one block: removes artefacts and markers, trims, folds widths. {@code origin[i]}
   * receives the source offset of output character {@code i}.
   */
  static String clean(String src, Span span, int[] origin) {
    String s = span.in(src);
    boolean[] keep = new boolean[s.length()];
    java.util.Arrays.fill(keep, true);
    Matcher m = BOOKMARK.matcher(s);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        keep[i] = false;
      }
    }
    for (int i = s.indexOf("**"); i >= 0; i = s.indexOf("**", i + 2)) {
      keep[i] = false;
      keep[i + 1] = false;
    }
    // leading markdown marker, after artefacts and leading spaces
    int first = 0;
    while (first < s.length() && (!keep[first] || isSpace(s.charAt(first)))) {
      first++;
    }
    Matcher md = MARKDOWN_PREFIX.matcher(s).region(first, s.length());
    if (md.lookingAt()) {
      for (int i = md.start(); i < md.end(); i++) {
        keep[i] = false;
      }
    }
    StringBuilder b = new StringBuilder(s.length());
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (keep[i]) {
        origin[n++] = span.start() + i;
        b.append(fold(s.charAt(i)));
      }
    }
    // trim (ASCII, ideographic and no-break spaces) and keep origins aligned
    int lo = 0;
    int hi = b.length();
    while (lo < hi && isSpace(b.charAt(lo))) {
      lo++;
    }
    while (hi > lo && isSpace(b.charAt(hi - 1))) {
      hi--;
    }
    System.arraycopy(origin, lo, origin, 0, hi - lo);
    return b.substring(lo, hi);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }

  /** Full-width digits and Latin letters to ASCII; everything else unchanged (same length). */
  static char fold(char c) {
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
      return (char) (c - 0xFEE0);
    }
    return c;
  }
}
