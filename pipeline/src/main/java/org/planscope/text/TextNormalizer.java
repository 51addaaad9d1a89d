package org.planscope.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *   <li>drops {@code [bookmark: _Toc123]} and {@code []{#_Toc123 .anchor}} artefacts, markdown
 *       markers (headings {@code #}, emphasis {@code **}, bullets {@code - 1.} → {@code 1.}, quotes,
 *       links, images, escapes, rules, table pipes), page numbers ({@code — 12 —}, {@code 第 3
 *       页}, {@code 3/20}) and running headers and footers (a short line at the top or bottom of
 *       at least half of the pages; a header stays on the first page, where it is the title);
 *   <li>folds full-width digits and Latin letters to ASCII, and U+2015 to the em dash,
 *       character for character;
 *   <li>puts a block's automatic numbering ({@link Block#label()}) in front of its text when the
 *       reader did not;
 *   <li>rejoins a paragraph broken mid-sentence by a page or line break, across blank lines,
 *       without inserting a space into Chinese text: {@code 适龄妇⏎⏎女宫颈癌} → {@code 适龄妇女宫颈癌};
 *       in text wrapped at a fixed width (PDF, hard-wrapped text) every full line continues;
 *       a heading (short, numbered without a sentence in it, or a short line ending in a colon)
 *       is never glued to its neighbour, and a line that opens a numbered item is never glued
 *       to the line before;
 *   <li>in PDF text, drops the spaces extraction puts between Chinese and digits or Latin
 *       ({@code 达到 45% 以上} → {@code 达到45%以上});
 *   <li>keeps an exact map from every output offset to the source text.
 * </ul>
 */
public final class TextNormalizer {
  private static final Pattern ARTEFACT =
      Pattern.compile("\\[bookmark:[^\\]]*\\]|\\[\\]\\{#[^}]*\\}|!\\[[^\\]]*\\]\\([^)]*\\)");
  /**
   * Web noise: pinyin glosses in brackets after a character (達(dá)), decorative stars.
   */
  private static final Pattern NOISE = Pattern.compile(
      "(?<=[\\u4e00-\\u9fff])[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]|[★☆]");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]+)\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[\\\\`*_{}\\[\\]()#+\\-.!|>~])");
  private static final Pattern MARKDOWN_PREFIX =
      Pattern.compile("(?:#{1,6}(?:\\s+|$)|>\\s*|[-*+•●▪■◆]\\s*(?=\\S))");
  private static final Pattern RULE = Pattern.compile("\\s*([-*_=])(?:\\s*\\1){2,}\\s*");
  private static final Pattern TABLE_SEPARATOR =
      Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*");
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?:[-—–－~～·•\\s]*\\d{1,4}[-—–－~～·•\\s]*|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4}|[Pp]age\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?"
          + "|[-—–－]\\s*[ivxlcIVXLC]{1,6}\\s*[-—–－])");
  /**
   * What opens a new item or heading besides the outline numbering of {@link Numbering}, which a
   * broken line never continues: 第N条, dotted section numbers (1.1 ), enclosed numbers (⑴ ⒈ ㉑)
   * and bullets.
   */
  private static final Pattern OPENS_OTHER = Pattern.compile(
      "(?:第[一二三四五六七八九十百零〇\\d]+条|[一二三四五六七八九十百]+[、.．]|\\d+(?:\\.\\d+)+\\s"
          + "|[⑴-⒇⒈-⒛㉑-㉟㊱-㊿]|[-*+•●▪■◆]\\s)");
  /** Sentence- or clause-final punctuation: a line ending in one is complete. */
  private static final String CLOSERS = "。；;：:！!？?…”」』）)》】";
  /** Punctuation that cannot begin a line in Chinese typesetting. */
  private static final String NO_LINE_START = "，。、；：？！）》」』”’%％,.;:?!)";
  /** Clause punctuation: a line ending in one is broken, whatever its length. */
  private static final String CONTINUES = "，、,";
  /** Punctuation that marks a sentence; a heading has none. */
  private static final String SENTENCE_PUNCT = "。；;，,！!？?";
  /** A line this short without final punctuation is a heading or title, not a broken sentence. */
  private static final int MIN_BROKEN_LINE = 20;
  /** A numbered line this short without a sentence in it is a heading. */
  private static final int MAX_HEADING = 40;
  /** A line ending in a colon this short is a label heading (主要目标：). */
  private static final int MAX_COLON_HEADING = 15;
  /** In wrapped text, a line at least this share of the typical line width continues. */
  private static final double FULL_LINE = 0.8;
  /** Running headers: a short line on at least this share of the pages (and at least 3). */
  private static final double RUNNING_SHARE = 0.5;
  private static final int MAX_RUNNING = 40;

  /**
   * One cleaned source block: its text, the source offset of every char, its page, and whether
   * it stands alone whatever its width (the first page's copy of a running header).
   */
  private record Line(Block block, String text, int[] origin, int page, boolean standalone,
      int seams) {
    Line(Block block, String text, int[] origin, int page, boolean standalone) {
      this(block, text, origin, page, standalone, 0);
    }

    int width() {
      return displayWidth(text);
    }

    Line alone() {
      return new Line(block, text, origin, page, true, seams);
    }

    /** The part [from, to) of this line; {@code seams}: {@link #NO_JOIN_BEFORE} / {@link #NO_JOIN_AFTER}. */
    Line part(int from, int to, int newSeams) {
      String t = text.substring(from, to);
      int lo = 0;
      int hi = t.length();
      while (lo < hi && isSpace(t.charAt(lo))) {
        lo++;
      }
      while (hi > lo && isSpace(t.charAt(hi - 1))) {
        hi--;
      }
      return new Line(block, t.substring(lo, hi), Arrays.copyOfRange(origin, from + lo, from + hi),
          page, standalone, newSeams);
    }
  }

  private static final int NO_JOIN_BEFORE = 1;
  private static final int NO_JOIN_AFTER = 2;

  /** Normalises a whole document. */
  public PlanText normalize(Document doc) {
    String src = doc.text();
    List<Block> sourceBlocks = doc.blocks().isEmpty()
        ? List.of(Block.paragraph(new Span(0, src.length())))
        : doc.blocks();
    String type = doc.source().mediaType();
    boolean pdf = type != null && type.startsWith("application/pdf");
    List<Line> lines = clean(src, sourceBlocks, pdf);
    lines = simplify(lines);
    lines = dropRunningHeaders(lines);
    lines = splitInline(lines);
    int fullWidth = pdf ? typicalWidth(lines) : wrappedWidth(lines);
    return join(src, lines, fullWidth);
  }

  // ---------------------------------------------------------------- cleaning

  private static List<Line> clean(String src, List<Block> blocks, boolean pdf) {
    List<Line> out = new ArrayList<>(blocks.size());
    boolean feeds = src.indexOf('\f') >= 0;
    int page = 0;
    int prevEnd = 0;
    for (Block b : blocks) {
      for (int i = prevEnd; i < b.span().start(); i++) {
        if (src.charAt(i) == '\f') {
          page++;
        }
      }
      prevEnd = b.span().end();
      for (int i = b.span().start(); i < b.span().end(); i++) {
        if (src.charAt(i) == '\f') {
          page++; // a form feed inside a line (never from our readers, possible in text)
        }
      }
      int[] origin = new int[b.span().length()];
      String text = clean(src, b.span(), origin, pdf);
      if (text.isEmpty()) {
        continue;
      }
      if (b.kind() != BlockKind.TABLE_ROW && PAGE_NUMBER.matcher(text).matches()) {
        if (!feeds) {
          page++; // without form feeds, a page number line is where a page ends
        }
        continue;
      }
      out.add(new Line(b, text, Arrays.copyOf(origin, text.length()), page, false));
    }
    return out;
  }

  /**
   * Cleans one block: removes artefacts and markers, trims, folds widths and, in PDF text, drops
   * spaces next to Chinese. {@code origin[i]} receives the source offset of output char {@code i}.
   */
  static String clean(String src, Span span, int[] origin, boolean pdf) {
    String s = span.in(src);
    if (RULE.matcher(s).matches() || TABLE_SEPARATOR.matcher(s).matches() && s.contains("-")) {
      return "";
    }
    boolean[] keep = new boolean[s.length()];
    Arrays.fill(keep, true);
    Matcher m = ARTEFACT.matcher(s);
    while (m.find()) {
      Arrays.fill(keep, m.start(), m.end(), false);
    }
    m = NOISE.matcher(s);
    while (m.find()) {
      Arrays.fill(keep, m.start(), m.end(), false);
    }
    m = LINK.matcher(s);
    while (m.find()) {
      if (!keep[m.start()]) {
        continue; // [bookmark: _Toc3](二)妇女与教育: the artefact goes, the number stays
      }
      keep[m.start()] = false;
      Arrays.fill(keep, m.end(1), m.end(), false);
    }
    m = ESCAPE.matcher(s);
    while (m.find()) {
      keep[m.start()] = false;
    }
    for (int i = s.indexOf("**"); i >= 0; i = s.indexOf("**", i + 2)) {
      keep[i] = false;
      keep[i + 1] = false;
    }
    // leading markdown marker, after artefacts and leading spaces
    int first = firstKept(s, keep, 0);
    Matcher md = MARKDOWN_PREFIX.matcher(s).region(first, s.length());
    if (md.lookingAt()) {
      Arrays.fill(keep, md.start(), md.end(), false);
      first = firstKept(s, keep, md.end());
    }
    // a markdown table row: outer pipes go, inner pipes separate cells
    boolean tableRow = first < s.length() && s.charAt(first) == '|';
    if (tableRow) {
      keep[first] = false;
      int last = s.length() - 1;
      while (last > first && (!keep[last] || isSpace(s.charAt(last)))) {
        last--;
      }
      if (last > first && s.charAt(last) == '|') {
        keep[last] = false;
      }
    }
    if (tableRow) {
      // no padding around the cell separators
      for (int i = first + 1; i < s.length(); i++) {
        if (keep[i] && s.charAt(i) == '|') {
          for (int k = i - 1; k > first && s.charAt(k) == ' '; k--) {
            keep[k] = false;
          }
          for (int k = i + 1; k < s.length() && s.charAt(k) == ' '; k++) {
            keep[k] = false;
          }
        }
      }
    }
    StringBuilder b = new StringBuilder(s.length());
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (keep[i]) {
        char c = s.charAt(i);
        origin[n++] = span.start() + i;
        b.append(tableRow && c == '|' ? '\t' : fold(c));
      }
    }
    if (pdf) {
      n = dropSpacesNextToCjk(b, origin);
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

  // ---------------------------------------------------------------- pages

  /**
   * Drops running headers and footers: a short first or last line of a page that recurs (digits
   * aside) in that place on at least half of the pages, and on at least three; then the same for
   * the second and second-to-last lines of the pages that lost one (two-line headers). The first
   * page keeps its header, which is usually the title.
   */
  private static List<Line> dropRunningHeaders(List<Line> lines) {
    if (lines.isEmpty()) {
      return lines;
    }
    int pages = lines.get(lines.size() - 1).page() + 1;
    if (pages < 3) {
      return lines;
    }
    int needed = Math.max(3, (int) Math.ceil(pages * RUNNING_SHARE));
    List<int[]> bounds = pageBounds(lines); // {first, end} per page, in line indexes
    boolean[] drop = new boolean[lines.size()];
    boolean[] keptHeader = new boolean[lines.size()];
    for (int round = 0; round < 2; round++) {
      Map<String, Set<Integer>> pagesByKey = new HashMap<>();
      List<Integer> candidates = new ArrayList<>();
      for (int[] b : bounds) {
        int top = b[0] + round;
        int bottom = b[1] - 1 - round;
        if (round == 1 && !(b[0] < b[1] && drop[b[0]])) {
          top = -1;
        }
        if (round == 1 && !(b[0] < b[1] && drop[b[1] - 1])) {
          bottom = -1;
        }
        for (int i : new int[] {top, bottom}) {
          if (i >= b[0] && i < b[1] && isRunningCandidate(lines.get(i))) {
            candidates.add(i);
            pagesByKey.computeIfAbsent(key(lines.get(i).text()), k -> new HashSet<>())
                .add(lines.get(i).page());
          }
        }
      }
      for (int i : candidates) {
        Line l = lines.get(i);
        boolean firstPageHeader = l.page() == 0 && i < bounds.get(0)[0] + 2;
        if (pagesByKey.get(key(l.text())).size() >= needed) {
          drop[i] = !firstPageHeader;
          keptHeader[i] = firstPageHeader;
        }
      }
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) {
        out.add(keptHeader[i] ? lines.get(i).alone() : lines.get(i));
      }
    }
    return out;
  }

  private static boolean isRunningCandidate(Line l) {
    return l.text().length() <= MAX_RUNNING && l.block().kind() != BlockKind.TABLE_ROW;
  }

  /** {first line, end} of every page that has lines. */
  private static List<int[]> pageBounds(List<Line> lines) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i == lines.size() || lines.get(i).page() != lines.get(from).page()) {
        out.add(new int[] {from, i});
        from = i;
      }
    }
    return out;
  }

  private static String key(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (b.length() == 0 || b.charAt(b.length() - 1) != '#') {
          b.append('#');
        }
      } else if (!isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }


  /** Traditional characters to simplified, once, when the document is written in them. */
  private static List<Line> simplify(List<Line> lines) {
    StringBuilder sample = new StringBuilder();
    for (Line l : lines) {
      sample.append(l.text());
      if (sample.length() > 4000) {
        break;
      }
    }
    boolean whole = Simplifier.isTraditional(sample);
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      String s = whole ? Simplifier.simplify(l.text()) : Simplifier.simplifyStray(l.text());
      out.add(s == l.text() ? l
          : new Line(l.block(), s, l.origin(), l.page(), l.standalone(), l.seams()));
    }
    return out;
  }

  // ---------------------------------------------------------------- inline numbering

  /**
   * Splits lines where a numbered item or heading starts inside them (text flattened to one line
   * by a PDF or a web page, goals sharing a line, a heading glued to its first item), with the
   * numbering grammar of {@link Numbering} and the document's sequence: a number starts a new line
   * after a sentence end or a space when it continues its style's sequence (…达到85%以上。10、…),
   * and a first number (1. / （一） / 一、) after a heading, a label ending in a colon, or glued to
   * a short numbered heading ({@code （一）主要目标1、…}). A line that opens with a number the
   * sequence expects is never glued to the line before ({@code 7.50—60岁妇女…}).
   */
  private static List<Line> splitInline(List<Line> lines) {
    int[] last = new int[NumberingStyle.values().length];
    int arabic = NumberingStyle.ARABIC.ordinal();
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      String t = l.text();
      if (l.block().kind() == BlockKind.TABLE_ROW || t.isEmpty()) {
        out.add(l);
        continue;
      }
      Numbering head = l.block().label() == null ? Numbering.parse(t, last[arabic] + 1) : null;
      if (head != null) {
        last[head.style().ordinal()] = head.ordinal();
        if (head.style() != NumberingStyle.ARABIC || head.ordinal() > 1) {
          l = new Line(l.block(), t, l.origin(), l.page(), l.standalone(),
              l.seams() | NO_JOIN_BEFORE);
        }
      }
      int segStart = 0;
      Numbering segNum = head;
      List<Integer> cuts = new ArrayList<>();
      for (int i = Math.max(1, head == null ? 1 : head.length()); i < t.length(); i++) {
        if (!couldOpen(t.charAt(i))
            || (i - segStart > 40 && "。；;！!？?：: \u3000".indexOf(t.charAt(i - 1)) < 0)) {
          continue; // only after a sentence end, a colon, a space, or a short heading
        }
        Numbering n = Numbering.parse(t.subSequence(i, t.length()), last[arabic] + 1);
        if (n == null) {
          continue;
        }
        int j = i;
        while (j > segStart && isSpace(t.charAt(j - 1))) {
          j--;
        }
        if (j == segStart) {
          continue;
        }
        boolean spaced = j < i;
        char before = t.charAt(j - 1);
        boolean sequential = n.ordinal() == last[n.style().ordinal()] + 1;
        boolean ok;
        boolean ended = "。；;！!？?".indexOf(before) >= 0;
        boolean digits = n.style().ordinal() >= NumberingStyle.ARABIC.ordinal();
        if (digits && Numbering.parse(t.subSequence(i, t.length())) == null && !ended) {
          continue; // 达到 11.6 年: a decimal unless a sentence ends before it
        }
        if (n.ordinal() > 1) {
          ok = sequential && (ended || (spaced && !digits));
        } else {
          String seg = t.substring(segStart, j);
          ok = isLeadIn(seg, segNum) && (spaced || before == '：' || before == ':'
              || glued(seg, segNum, n, before));
        }
        if (!ok) {
          continue;
        }
        cuts.add(i);
        segStart = i;
        segNum = n;
        last[n.style().ordinal()] = n.ordinal();
        i += Math.max(0, n.length() - 1);
      }
      if (cuts.isEmpty()) {
        out.add(l);
        continue;
      }
      int from = 0;
      for (int k = 0; k <= cuts.size(); k++) {
        int to = k < cuts.size() ? cuts.get(k) : t.length();
        int seams = (k == 0 ? l.seams() & NO_JOIN_BEFORE : NO_JOIN_BEFORE)
            | (k == cuts.size() ? l.seams() & NO_JOIN_AFTER : NO_JOIN_AFTER);
        Line part = l.part(from, to, seams);
        if (!part.text().isEmpty()) {
          out.add(part);
        }
        from = to;
      }
    }
    return out;
  }

  private static boolean couldOpen(char c) {
    return c == '第' || c == '（' || c == '(' || (c >= '0' && c <= '9')
        || (c >= '\u2460' && c <= '\u2473') || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /**
   * Text a first item may follow on the same line: a heading (numbered, short, without a
   * sentence in it), a title, or a label ending in a colon (主要目标：).
   */
  private static boolean isLeadIn(String seg, Numbering num) {
    String s = seg.strip();
    String content = num == null ? s : s.substring(Math.min(num.length(), s.length())).strip();
    if (content.endsWith("：") || content.endsWith(":")) {
      content = content.substring(0, content.length() - 1);
      return content.length() <= MAX_COLON_HEADING || !hasAny(content, "。；;！!？?");
    }
    return content.length() <= (num == null ? MAX_HEADING : 24)
        && !hasAny(content, SENTENCE_PUNCT + "：:");
  }

  /** An item glued to a short numbered heading: （一）主要目标1、… (a deeper style, at 1). */
  private static boolean glued(String seg, Numbering num, Numbering n, char before) {
    return num != null && n.style().ordinal() > num.style().ordinal()
        && n.style().ordinal() >= NumberingStyle.ARABIC.ordinal() && isWide(before)
        && seg.strip().length() - num.length() <= 10;
  }

  // ---------------------------------------------------------------- line widths

  /** The width of a full line: the 90th percentile of the widths of the longer lines. */
  private static int typicalWidth(List<Line> lines) {
    int[] widths = lines.stream().filter(l -> l.block().kind() != BlockKind.TABLE_ROW)
        .mapToInt(Line::width).filter(w -> w >= 10).sorted().toArray();
    if (widths.length < 3) {
      return Integer.MAX_VALUE;
    }
    return widths[(int) Math.floor((widths.length - 1) * 0.9)];
  }

  /**
   * The full-line width of text hard-wrapped at a fixed width (many lines within 10% of the
   * same width), or {@link Integer#MAX_VALUE} when the lines are paragraphs.
   */
  private static int wrappedWidth(List<Line> lines) {
    if (lines.size() < 20) {
      return Integer.MAX_VALUE;
    }
    int typical = typicalWidth(lines);
    if (typical > 200) {
      return Integer.MAX_VALUE;
    }
    long near = lines.stream().mapToInt(Line::width)
        .filter(w -> w >= typical * 0.9 && w <= typical * 1.1).count();
    return near >= lines.size() * 0.4 ? typical : Integer.MAX_VALUE;
  }

  // ---------------------------------------------------------------- joining

  private static PlanText join(String src, List<Line> lines, int fullWidth) {
    MappedTextBuilder out = new MappedTextBuilder();
    List<Block> blocks = new ArrayList<>();
    Block open = null;
    int openStart = 0;
    Line prev = null;
    for (Line line : lines) {
      if (open != null && continues(prev, line, fullWidth)) {
        char a = out.charAt(out.length() - 1);
        char c = line.text().charAt(0);
        if (isWordChar(a) && isWordChar(c)) {
          out.append(' ', separatorOrigin(out, line));
        }
      } else {
        if (open != null) {
          blocks.add(open.withSpan(new Span(openStart, out.length())));
          out.append('\n', separatorOrigin(out, line));
        }
        openStart = out.length();
        open = line.block();
        prependLabel(out, line);
      }
      for (int i = 0; i < line.text().length(); i++) {
        out.append(line.text().charAt(i), line.origin()[i]);
      }
      prev = line;
    }
    if (open != null) {
      blocks.add(open.withSpan(new Span(openStart, out.length())));
    }
    return new PlanText(out.text(), src, out.origin(src.length()), blocks);
  }

  /** A separator maps just past the char before it (never past the char after it). */
  private static int separatorOrigin(MappedTextBuilder out, Line next) {
    int after = out.length() == 0 ? 0 : out.originAt(out.length() - 1) + 1;
    return Math.min(after, next.origin()[0]);
  }

  /** The block's automatic numbering in front of its text, unless the text already has it. */
  private static void prependLabel(MappedTextBuilder out, Line line) {
    String label = line.block().label();
    if (label == null || label.isEmpty()) {
      return;
    }
    StringBuilder folded = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      folded.append(fold(label.charAt(i)));
    }
    if (line.text().startsWith(folded.toString())) {
      return;
    }
    for (int i = 0; i < folded.length(); i++) {
      out.append(folded.charAt(i), line.origin()[0]);
    }
  }

  /** Whether {@code next} continues the paragraph whose last line is {@code prev}. */
  static boolean continues(Line prev, Line next, int fullWidth) {
    Block a = prev.block();
    Block b = next.block();
    if ((prev.seams() & NO_JOIN_AFTER) != 0 || (next.seams() & NO_JOIN_BEFORE) != 0) {
      return false;
    }
    if (prev.standalone() || next.standalone() || a.kind() == BlockKind.TABLE_ROW || b.kind() == BlockKind.TABLE_ROW
        || a.kind() == BlockKind.HEADING || b.kind() == BlockKind.HEADING || b.label() != null) {
      return false;
    }
    if (a.kind() != b.kind() && b.kind() != BlockKind.PARAGRAPH) {
      return false;
    }
    String p = prev.text();
    String n = next.text();
    if (p.indexOf('\t') > 0 || n.indexOf('\t') > 0) {
      return false; // cells of a plain-text table: one row a line
    }
    if (NO_LINE_START.indexOf(n.charAt(0)) >= 0) {
      return true;
    }
    if (opensItem(n) || isColonHeading(n)) {
      return false;
    }
    char last = p.charAt(p.length() - 1);
    if (fullWidth != Integer.MAX_VALUE) {
      return prev.width() >= fullWidth * FULL_LINE || CONTINUES.indexOf(last) >= 0;
    }
    if (isHeading(p)) {
      return false;
    }
    if (CONTINUES.indexOf(last) >= 0) {
      return true;
    }
    return p.length() >= MIN_BROKEN_LINE && CLOSERS.indexOf(last) < 0
        && !(n.length() <= 10 && !hasAny(n, SENTENCE_PUNCT + CLOSERS));
  }

  /** Whether a line opens with outline numbering or another item marker. */
  static boolean opensItem(String line) {
    return Numbering.parse(line) != null || OPENS_OTHER.matcher(line).lookingAt();
  }

  /** A numbered line without a sentence in it (一、总体目标, （三）妇女与经济), or a label heading. */
  static boolean isHeading(String line) {
    if (isColonHeading(line)) {
      return true;
    }
    return line.length() <= MAX_HEADING && opensItem(line)
        && !hasAny(line, SENTENCE_PUNCT);
  }

  /** A short line ending in a colon without a sentence before it: 主要目标： / 策略措施: */
  private static boolean isColonHeading(String line) {
    char last = line.charAt(line.length() - 1);
    return (last == '：' || last == ':') && line.length() <= MAX_COLON_HEADING
        && !hasAny(line.substring(0, line.length() - 1), SENTENCE_PUNCT + "：:");
  }

  private static boolean hasAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- characters

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }

  /**
   * Full-width digits and Latin letters to ASCII, and the horizontal bar U+2015 (what GBK
   * decoders make of the em dash in 2021—2030) to the em dash; everything else unchanged.
   */
  static char fold(char c) {
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
      return (char) (c - 0xFEE0);
    }
    return c == '\u2015' ? '\u2014' : c;
  }

  /** Chinese characters, kana, Hangul, CJK and full-width punctuation: two columns wide. */
  static boolean isWide(char c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || c == '—' || c == '…' || c == '“' || c == '”'
        || c == '‘' || c == '’' || c == '·';
  }

  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += isWide(s.charAt(i)) ? 2 : 1;
    }
    return w;
  }

  private static boolean isWordChar(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
