package org.planscope.text;

import static org.planscope.text.TextNormalizer.hasAny;
import static org.planscope.text.TextNormalizer.isWordChar;
import static org.planscope.text.SourceLine.NO_JOIN_AFTER;
import static org.planscope.text.SourceLine.NO_JOIN_BEFORE;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;
import org.planscope.model.PlanText;
import org.planscope.model.Span;

/**
 * SourceLine joining and the offset map: rejoins a paragraph broken mid-sentence by a page or line
 * break without inserting a space into Chinese text ({@code 适龄妇⏎女宫颈癌} → {@code 适龄妇女宫颈癌});
 * in text wrapped at a fixed width (PDF, hard-wrapped text) every full line continues; a heading
 * (short, numbered without a sentence in it, or a short line ending in a colon) is never glued to
 * its neighbour, and a line that opens a numbered item is never glued to the line before. Blocks
 * are written one per line with a block's automatic numbering in front, every output character
 * mapped to its source offset.
 */
final class LineJoiner {
  /**
   * What opens a new item or heading besides the outline numbering of {@link Numbering}, which a
   * broken line never continues: 第N条, enclosed numbers (⑴ ⒈ ㉑) and bullets. (Dotted section
   * numbers, 2.1 , are {@link NumberingStyle#DECIMAL_2}: a wrapped 11.3 年 continues its line.)
   */
  private static final Pattern OPENS_OTHER = Pattern.compile(
      "(?:第[一二三四五六七八九十百零〇\\d]+条|[一二三四五六七八九十百]+[、.．]"
          + "|[⑴-⒇⒈-⒛㉑-㉟㊱-㊿]|[-*+•●▪■◆]\\s"
          // a list's label run into its first item (策略措施：加强…): a list never goes on a line
          + "|(?:主要目标|发展目标|具体目标|工作目标|策略措施|主要措施|推进措施|主要任务|重点任务)[：:]"
          // a table's or a box's caption (表1 主要指标, 专栏2 重点工程): never the end of a sentence
          + "|(?:附表|表|专栏)\\s*(?:\\d+(?![\\d.．%％])|[一二三四五六七八九十]+(?:[\\s:：、.．—-]|$)))");
  /** A plan title's closing period (…规划（2021—2030年））: such a line is never a continuation. */
  private static final Pattern TITLE_END = Pattern.compile(
      "[（(]\\s*(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年?\\s*[—\\-–－~～至到]+\\s*"
          + "(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年?\\s*[）)]$");
  private static final int MAX_TITLE = 60;
  /** The word a plan's title ends on (…实施方案, …《…》的通知): the title line above the prose. */
  private static final Pattern TITLE_WORD_END =
      Pattern.compile("(?:规划|纲要|方案|计划|意见|办法|要点|通知)[”\"]?$");
  /** Sentence- or clause-final punctuation: a line ending in one is complete. */
  private static final String CLOSERS = "。；;：:！!？?…”」』）)》】";
  /** Punctuation that cannot begin a line in Chinese typesetting. */
  private static final String NO_LINE_START = "，。、；：？！）》」』”’%％,.;:?!)";
  /** Clause punctuation: a line ending in one is broken, whatever its length. */
  private static final String CONTINUES = "，、,";
  /** What ends a sentence: a line ending on one short of the margin ends its paragraph. */
  private static final String STOPS = "。；;！!？?";
  /** How far short of a full line (in half-width columns) a line that ends a sentence stops. */
  private static final int SHORT_OF_MARGIN = 3;
  /** Punctuation that marks a sentence; a heading has none. */
  static final String SENTENCE_PUNCT = "。；;，,！!？?";
  /** A line this short without final punctuation is a heading or title, not a broken sentence. */
  private static final int MIN_BROKEN_LINE = 20;
  /** A numbered line this short without a sentence in it is a heading. */
  static final int MAX_HEADING = 40;
  /** A line ending in a colon this short is a label heading (主要目标：). */
  static final int MAX_COLON_HEADING = 15;
  /**
   * In wrapped text, a line this short without any punctuation after a line that ends a sentence
   * is a heading (a paragraph's last line ends on its stop), however full the line before.
   */
  private static final int MAX_LONE_HEADING = 20;
  /** In wrapped text, a line at least this share of the typical line width continues. */
  private static final double FULL_LINE = 0.8;

  private LineJoiner() {}

  /** The width of a full line: the 90th percentile of the widths of the longer lines. */
  static int typicalWidth(List<SourceLine> lines) {
    int[] widths = lines.stream().filter(l -> l.block().kind() != BlockKind.TABLE_ROW)
        .mapToInt(SourceLine::width).filter(w -> w >= 10).sorted().toArray();
    if (widths.length < 3) {
      return Integer.MAX_VALUE;
    }
    return widths[(int) Math.floor((widths.length - 1) * 0.9)];
  }

  /**
   * The full-line width of text hard-wrapped at a fixed width (many lines within 10% of the
   * same width), or {@link Integer#MAX_VALUE} when the lines are paragraphs.
   */
  static int wrappedWidth(List<SourceLine> lines) {
    if (lines.size() < 20) {
      return Integer.MAX_VALUE;
    }
    int typical = typicalWidth(lines);
    if (typical > 200) {
      return Integer.MAX_VALUE;
    }
    long near = lines.stream().mapToInt(SourceLine::width)
        .filter(w -> w >= typical * 0.9 && w <= typical * 1.1).count();
    return near >= lines.size() * 0.4 ? typical : Integer.MAX_VALUE;
  }

  static PlanText join(String src, List<SourceLine> lines, int fullWidth) {
    MappedTextBuilder out = new MappedTextBuilder();
    List<Block> blocks = new ArrayList<>();
    Block open = null;
    int openStart = 0;
    SourceLine prev = null;
    boolean leading = true; // no sentence written yet: the title's lines
    // a first-line indent opens a paragraph, where not every line is indented
    boolean indents = lines.stream().filter(l -> indented(src, l)).count() * 5 < lines.size() * 3;
    for (SourceLine line : lines) {
      if (open != null && continues(prev, line, fullWidth, leading)
          && !(indents && indented(src, line) && endsSentence(prev))) {
        char a = out.charAt(out.length() - 1);
        char c = line.text().charAt(0);
        // two words of Latin script keep a space; a number broken at the line's end (保持在9 /
        // 5%以上) is one number
        if (isWordChar(a) && isWordChar(c) && !(isAsciiDigit(a) && isAsciiDigit(c))) {
          out.append(' ', separatorOrigin(out, line));
        }
      } else {
        if (open != null) {
          blocks.add(open.withSpan(new Span(openStart, out.length())));
          for (int i = openStart; leading && i < out.length(); i++) {
            leading = SENTENCE_PUNCT.indexOf(out.charAt(i)) < 0; // the block read, not the text
          }
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

  private static boolean endsSentence(SourceLine line) {
    return STOPS.indexOf(line.text().charAt(line.text().length() - 1)) >= 0;
  }

  /** Whether the line starts two characters or more in from its source line's start. */
  private static boolean indented(String src, SourceLine line) {
    int width = 0;
    int i = line.origin().length == 0 ? -1 : line.origin()[0] - 1;
    for (; i >= 0 && (src.charAt(i) == '\u3000' || src.charAt(i) == ' '); i--) {
      width += src.charAt(i) == ' ' ? 1 : 2;
    }
    return width >= 4 && (i < 0 || src.charAt(i) == '\n' || src.charAt(i) == '\f');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A separator maps just past the char before it (never past the char after it). */
  private static int separatorOrigin(MappedTextBuilder out, SourceLine next) {
    int after = out.length() == 0 ? 0 : out.originAt(out.length() - 1) + 1;
    return Math.min(after, next.origin()[0]);
  }

  /** The block's automatic numbering in front of its text, unless the text already has it. */
  private static void prependLabel(MappedTextBuilder out, SourceLine line) {
    String label = line.block().label();
    if (label == null || label.isEmpty()) {
      return;
    }
    String folded = Numbering.folded(label);
    if (line.text().startsWith(folded)) {
      return;
    }
    for (int i = 0; i < folded.length(); i++) {
      out.append(folded.charAt(i), line.origin()[0]);
    }
  }

  /** Whether {@code next} continues the paragraph whose last line is {@code prev}. */
  static boolean continues(SourceLine prev, SourceLine next, int fullWidth) {
    return continues(prev, next, fullWidth, false);
  }

  /**
   * As {@link #continues(SourceLine, SourceLine, int)}; {@code leading} when no sentence has been
   * written yet: there a line that names a plan (某县落实《…》实施方案) is the title, never the
   * first half of the preamble's sentence below it.
   */
  static boolean continues(SourceLine prev, SourceLine next, int fullWidth, boolean leading) {
    Block a = prev.block();
    Block b = next.block();
    if ((prev.seams() & NO_JOIN_AFTER) != 0 || (next.seams() & NO_JOIN_BEFORE) != 0) {
      return false;
    }
    if ((prev.seams() & SourceLine.JOIN_AFTER) != 0) {
      return true;
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
    if (NO_LINE_START.indexOf(n.charAt(0)) >= 0 || isBareLabel(p) && !opensItem(n)) {
      return true; // 1. / 女性劳动年龄人口平均受教育年限…: a number alone on its line opens the next
    }
    if (endsMidClause(p) && !isColonHeading(n)) {
      return true; // …平均受教育年限达到 / 11.3年。: no heading or sentence ends on 达到
    }
    if (opensNote(p) && !opensItem(n)) {
      return true; // …贫血。（牵头单位：区卫生健康局。 / 责任单位：区妇联）: a note goes on to its bracket
    }
    if (letters(p) >= 3 && !hasCjk(p) && hasCjk(n)) {
      return false; // an English header line (Changyang County People's Government) over the title
    }
    if (leading && isTitleLine(p)) {
      return false; // 某县落实《…》实施方案 / 为贯彻落实…: the title stands alone
    }
    if (isBracketLabel(p) || isBracketLabel(n)) {
      return false; // 【主要目标】 / 【策略措施】: a label heading, on a page of its own or not
    }
    if (opensItem(n) || isColonHeading(n) || n.length() <= MAX_TITLE && TITLE_END.matcher(n).find()) {
      return false; // …发表于福建 / 某县妇女发展规划（2021—2030年）: a title stands alone
    }
    char last = p.charAt(p.length() - 1);
    if (fullWidth != Integer.MAX_VALUE) {
      if (CLOSERS.indexOf(last) >= 0 && n.length() <= MAX_LONE_HEADING
          && !hasAny(n, SENTENCE_PUNCT + CLOSERS)) {
        return false; // …提高。 / 03妇女与经济: a short line without a stop after a sentence heads
      }
      // half-width digits and signs print wider than half a character: each widens the margin
      int narrow = 2 * p.length() - prev.width();
      if (STOPS.indexOf(last) >= 0 && prev.width() < fullWidth - SHORT_OF_MARGIN - narrow / 2) {
        return false; // …以下。 short of the margin: the paragraph would have gone on in the line
      }
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

  /**
   * Whether the line stops on a word that needs what follows: a connective (的, 和, 与, 及, 或)
   * or a target's verb (达到, 控制在, 提高到, 不低于 …). A heading or a sentence never ends there,
   * so a short numbered line ending so was cut by a wrap, however much it looks like a heading.
   */
  static boolean endsMidClause(String line) {
    for (String w : MID_CLAUSE_ENDS) {
      if (line.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> MID_CLAUSE_ENDS = List.of("的", "和", "与", "及", "或",
      "达到", "控制在", "保持在", "稳定在", "提高到", "提高至", "提升到", "提升至", "增加到",
      "降低到", "降低至", "下降到", "下降至", "降至", "降到", "不低于", "不少于", "不超过",
      "不高于", "低于", "高于", "不小于", "不大于", "小于", "大于", "超过", "增加至", "增长到", "增长至",
      "缩小到", "缩小至", "减少到", "减少至", "控制到");

  /** Whether the line ends inside a bracket it opened, in its last 60 characters. */
  static boolean opensNote(String line) {
    int open = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
    return open >= 0 && line.length() - open <= 60 && line.indexOf('）', open) < 0
        && line.indexOf(')', open) < 0;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 1 : 0;
    }
    return n;
  }

  private static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }

  /** A line shaped as a plan's title: short, no sentence, ending on a plan's word or period. */
  static boolean isTitleLine(String line) {
    return line.length() <= MAX_TITLE && !hasAny(line, SENTENCE_PUNCT)
        && (TITLE_WORD_END.matcher(line).find() || TITLE_END.matcher(line).find());
  }

  /** A line that is an outline number and nothing else: 1. / （一） / 一、 */
  private static boolean isBareLabel(String line) {
    Numbering n = Numbering.parse(line);
    return n != null && line.substring(n.length()).isBlank();
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

  /** A short label wholly in square brackets: 【主要目标】, 〔策略措施〕. */
  static boolean isBracketLabel(String line) {
    return line.length() >= 3 && line.length() <= MAX_COLON_HEADING
        && (line.charAt(0) == '【' && line.endsWith("】") || line.charAt(0) == '〔' && line.endsWith("〕"))
        && !hasAny(line, SENTENCE_PUNCT);
  }

  /** A short line ending in a colon without a sentence before it: 主要目标： / 策略措施: */
  private static boolean isColonHeading(String line) {
    char last = line.charAt(line.length() - 1);
    return (last == '：' || last == ':') && line.length() <= MAX_COLON_HEADING
        && !hasAny(line.substring(0, line.length() - 1), SENTENCE_PUNCT + "：:");
  }
}
