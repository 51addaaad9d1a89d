package org.planscope.text;

import static org.planscope.text.TextNormalizer.fold;
import static org.planscope.text.TextNormalizer.isSpace;
import static org.planscope.text.TextNormalizer.isWide;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Span;

/**
 * Cleans one source block, character for character with an origin for each kept character:
 * drops {@code [bookmark: _Toc123]} / {@code []{#_Toc123 .anchor}} artefacts, pinyin glosses and
 * decorative stars, markdown markers (headings {@code #}, emphasis {@code **}, bullets, quotes,
 * links {@code [text](url)} → text, images, escapes, rules, table pipes → tabs), folds full-width
 * digits and letters, and in PDF text drops the spaces next to Chinese ({@code 达到 45% 以上} →
 * {@code 达到45%以上}).
 */
final class MarkupCleaner {
  private static final Pattern ARTEFACT =
      Pattern.compile("\\[bookmark:[^\\]]*\\]|\\[\\]\\{#[^}]*\\}|!\\[[^\\]]*\\]\\([^)]*\\)");
  /**
   * Web noise: pinyin glosses in brackets after a character (達(dá)), decorative stars.
   */
  private static final Pattern NOISE = Pattern.compile(
      "(?<=[\\u4e00-\\u9fff])[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]|[★☆]");
  /** A block without any of these characters has no {@link #NOISE}: the scan is skipped. */
  private static final String NOISE_NEEDS = "（(★☆";
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]+)\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[\\\\`*_{}\\[\\]()#+\\-.!|>~])");
  /** The bullet glyphs and heading bars a line may open on, dropped with the space after them. */
  static final String BULLET_GLYPHS = "•●▪■◆▍▌▎▋▊▉▐▶►";

  /**
   * A leading markdown marker (# heading, > quote, list bullet) or a repost's heading bar (▍一、指导思想,
   * ▌主要目标).
   */
  private static final Pattern MARKDOWN_PREFIX = Pattern.compile(
      "(?:#{1,6}(?:\\s+|$)|>\\s*|(?:——|－－|--)\\s*(?=\\S)|[-*+" + BULLET_GLYPHS + "]\\s*(?=\\S))");
  private static final Pattern INLINE_HEADING_MARKS = Pattern.compile("(?<=\\S\\s)#{1,6}\\s+(?=\\S)");
  private static final Pattern RULE = Pattern.compile("\\s*([-*_=])(?:\\s*\\1){2,}\\s*");
  private static final Pattern TABLE_SEPARATOR =
      Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*");

  private MarkupCleaner() {}

  /**
   * Cleans one block: removes artefacts and markers, trims, folds widths and, in PDF text, drops
   * spaces next to Chinese. {@code origin[i]} receives the source offset of output char {@code i}.
   */
  static String clean(String src, Span span, int[] origin, boolean pdf) {
    return clean(src, span, origin, pdf, false);
  }

  /**
   * The same; a table {@code row} keeps the tabs at its ends, which place its first and last
   * cells in their columns (a cell merged down from the row above is left empty).
   */
  static String clean(String src, Span span, int[] origin, boolean pdf, boolean row) {
    String s = span.in(src);
    if (RULE.matcher(s).matches() || TABLE_SEPARATOR.matcher(s).matches() && s.contains("-")) {
      return "";
    }
    boolean[] keep = new boolean[s.length()];
    Arrays.fill(keep, true);
    dropInline(s, keep);
    // leading markdown marker, after artefacts and leading spaces
    int first = firstKept(s, keep, 0);
    Matcher md = MARKDOWN_PREFIX.matcher(s).region(first, s.length());
    if (md.lookingAt()) {
      Arrays.fill(keep, md.start(), md.end(), false);
      first = firstKept(s, keep, md.end());
    }
    // a pipe table's row, with its outer pipes or (a row the reader found) without them
    boolean tableRow = first < s.length() && (pipe(s.charAt(first))
        || row && (s.indexOf('|') > 0 || s.indexOf('｜') > 0));
    if (tableRow) {
      dropTablePipes(s, keep, first);
    }
    s = permille(s, keep);
    StringBuilder b = new StringBuilder(s.length());
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (keep[i]) {
        char c = s.charAt(i);
        origin[n++] = span.start() + i;
        b.append(tableRow && pipe(c) ? '\t' : fold(c));
      }
    }
    digitZeros(b);
    MisreadBrackets.repair(b);
    HalfWidthPunctuation.widen(b);
    if (pdf || letterSpaced(b)) {
      n = dropSpacesNextToCjk(b, origin);
    }
    // trim (ASCII, ideographic and no-break spaces) and keep origins aligned
    int lo = 0;
    int hi = b.length();
    while (lo < hi && isSpace(b.charAt(lo)) && !(row && b.charAt(lo) == '\t')) {
      lo++;
    }
    while (hi > lo && isSpace(b.charAt(hi - 1)) && !(row && b.charAt(hi - 1) == '\t')) {
      hi--;
    }
    if (b.substring(lo, hi).isBlank()) {
      return "";
    }
    System.arraycopy(origin, lo, origin, 0, hi - lo);
    String out = b.substring(lo, hi);
    return pdf ? circledNumberFirst(out) : out;
  }

  /**
   * A PDF line that opens with a circled number and a digit comes out of the text layer digit
   * first (⑤5岁以下儿童… → 5⑤岁以下儿童…, the circled number set in another font): put back.
   */
  static String circledNumberFirst(String s) {
    int k = 0;
    while (k < s.length() && k < 3 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    if (k == 0 || k >= s.length() || s.charAt(k) < '①' || s.charAt(k) > '⑳') {
      return s;
    }
    // the origins stay in source order (offsets are monotone): the two swapped characters map to
    // the same few source characters, a span over both to exactly them
    return s.charAt(k) + s.substring(0, k) + s.substring(k + 1);
  }

  /** Artefacts, pinyin glosses, link targets, escapes and ** anywhere in the block. */
  private static void dropInline(String s, boolean[] keep) {
    // Each pattern needs a character most blocks lack ([ for artefacts and links, a bracket or a
    // star for noise, \\ for escapes): a block without it is not scanned by that pattern at all.
    boolean bracket = s.indexOf('[') >= 0;
    Matcher m;
    if (bracket) {
      m = ARTEFACT.matcher(s);
      while (m.find()) {
        Arrays.fill(keep, m.start(), m.end(), false);
      }
    }
    if (containsAny(s, NOISE_NEEDS)) {
      m = NOISE.matcher(s);
      while (m.find()) {
        Arrays.fill(keep, m.start(), m.end(), false);
      }
    }
    m = LINK.matcher(bracket ? s : "");
    while (m.find()) {
      if (!keep[m.start()]) {
        continue; // [bookmark: _Toc3](二)妇女与教育: the artefact goes, the number stays
      }
      keep[m.start()] = false;
      Arrays.fill(keep, m.end(1), m.end(), false);
    }
    // a markdown heading's marks inside a line, between spaces: a flattened markdown repost
    // (…保障水平。 ## 二、发展领域…)
    m = INLINE_HEADING_MARKS.matcher(s.indexOf(" #") >= 0 ? s : "");
    while (m.find()) {
      Arrays.fill(keep, m.start(), m.end(), false);
    }
    m = ESCAPE.matcher(s.indexOf('\\') >= 0 ? s : "");
    while (m.find()) {
      keep[m.start()] = false;
    }
    for (int i = s.indexOf("**"); i >= 0; i = s.indexOf("**", i + 2)) {
      keep[i] = false;
      keep[i + 1] = false;
    }
  }

  /** A markdown table row: outer pipes go, inner pipes separate cells, without padding. */
  private static void dropTablePipes(String s, boolean[] keep, int first) {
    keep[first] = !pipe(s.charAt(first));
    int last = s.length() - 1;
    while (last > first && (!keep[last] || isSpace(s.charAt(last)))) {
      last--;
    }
    if (last > first && pipe(s.charAt(last))) {
      keep[last] = false;
    }
    for (int i = first + 1; i < s.length(); i++) {
      if (keep[i] && pipe(s.charAt(i))) {
        for (int k = i - 1; k > first && s.charAt(k) == ' '; k--) {
          keep[k] = false;
        }
        for (int k = i + 1; k < s.length() && s.charAt(k) == ' '; k++) {
          keep[k] = false;
        }
      }
    }
  }

  /** A table's cell rule: | or the full-width ｜ plain-text tables are typed with. */
  private static boolean pipe(char c) {
    return c == '|' || c == '｜';
  }

  private static int firstKept(String s, boolean[] keep, int from) {
    int i = from;
    while (i < s.length() && (!keep[i] || isSpace(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  /**
   * Removes every run of spaces that has a Chinese character or Chinese punctuation on one side
   * and text on the other; returns the new length. Spaces between Latin words stay.
   */
  /**
   * Text spaced out one character at a time (某 某 县 妇 女 发 展 规 划, as some converters print a
   * PDF's letter-spaced lines): four or more Chinese characters, and a space after at least
   * two in three of those followed by more text.
   */
  static boolean letterSpaced(CharSequence b) {
    int cjk = 0;
    int spaced = 0;
    for (int i = 0; i + 1 < b.length(); i++) {
      if (isWide(b.charAt(i)) && Character.isIdeographic(b.charAt(i))) {
        cjk++;
        char next = b.charAt(i + 1);
        if ((next == ' ' || next == '\u3000') && i + 2 < b.length() && b.charAt(i + 2) != ' ') {
          spaced++;
        }
      }
    }
    return cjk >= 4 && spaced * 3 >= cjk * 2;
  }

  private static int dropSpacesNextToCjk(StringBuilder b, int[] origin) {
    int w = 0;
    int len = b.length();
    for (int i = 0; i < len; ) {
      char c = b.charAt(i);
      if (c == ' ' || c == '\u00A0' || c == '\u3000') {
        int j = i;
        while (j < len && (b.charAt(j) == ' ' || b.charAt(j) == '\u00A0' || b.charAt(j) == '\u3000')) {
          j++;
        }
        boolean inner = i > 0 && j < len;
        if (inner && (isWide(b.charAt(i - 1)) || isWide(b.charAt(j)))) {
          i = j;
          continue;
        }
        for (int k = i; k < j; k++) {
          b.setCharAt(w, b.charAt(k));
          origin[w++] = origin[k];
        }
        i = j;
        continue;
      }
      b.setCharAt(w, c);
      origin[w++] = origin[i];
      i++;
    }
    b.setLength(w);
    return w;
  }

  /**
   * An OCR's reading of ‰ after a number, {@code %o} (控制在2%o以下): the per-mille sign, its
   * {@code o} dropped from the kept characters.
   */
  static String permille(String s, boolean[] keep) {
    int at = s.indexOf('%');
    if (at < 0) {
      return s;
    }
    char[] c = s.toCharArray();
    for (int i = at; i + 1 < c.length; i++) {
      if (c[i] == '%' && (c[i + 1] == 'o' || c[i + 1] == 'O') && i > 0 && isDigit(c[i - 1])
          && (i + 2 == c.length || !Character.isLetterOrDigit(c[i + 2])
              || Character.isIdeographic(c[i + 2]))) {
        c[i] = '‰';
        keep[i + 1] = false;
      }
    }
    return new String(c);
  }

  /**
   * 〇 next to an Arabic digit (an OCR's 2〇21, 2〇3〇) is 0, and 一 between two (an OCR's or a
   * careless typist's 2021一2030, 1一2名) the dash; 二〇二一 keeps its 〇.
   */
  private static void digitZeros(StringBuilder b) {
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      boolean before = i > 0 && isDigit(b.charAt(i - 1));
      boolean after = i + 1 < b.length() && isDigit(b.charAt(i + 1));
      if (c == '〇' && (before || after)) {
        b.setCharAt(i, '0');
      } else if (c == '一' && before && after) {
        b.setCharAt(i, '—');
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (s.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
