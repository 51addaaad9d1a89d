package org.planscope.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.extract.TargetLexicon.WordKind;

/**
 * The indicator-phrase stage: the bounds of the noun phrase a value belongs to, inside the folded
 * text of its clause before the comparator chain. Stage words and years at the start (到2005年,
 * 全县, 倡导实现, 使), bases and years at the end (比2020年, 以2020年为基数, 2025年) and trail words (应,
 * 基本, 持续, 每年) are not part of it; 分别 / 均 / 都 at the end mark a coordination for {@link
 * CoordinationSplitter}. Population and age qualifiers stay (35—64岁适龄妇女宫颈癌人群筛查率). Words
 * are data in {@code target-cues.tsv}.
 */
final class IndicatorPhrase {
  private static final Pattern LEAD_YEAR = Pattern.compile("^(?:[、和及，,]?(?:到|至|在|于)?(?:19|20)\\d\\d年(?:底|末|前)?"
      + "|(?:近期|中期|远期)(?:[（(][^）)]{0,16}[）)])?|[“\"]?十[一二三四五六七八九]五[”\"]?(?:期间|时期|期末|末))");
  /** A sub-item's number inside an item (…其中：1.城镇女职工比例…): not part of the indicator. */
  private static final Pattern LEAD_NUMBER = Pattern.compile(
      "^(?:\\d{1,2}[.．、](?!\\d)|[（(]\\d{1,2}[）)]|第[一二三四五六七八九十百零〇\\d]{1,5}条\\s*)");
  /** The base of a relative change at the end of an indicator phrase: …比2020年, …以2020年为基数. */
  private static final Pattern TRAIL_BASE = Pattern.compile(
      "(?:(?:(?<!占)比|较|以|在|与)(?:(?:19|20)\\d\\d年|上年|上一年|去年|[“\"]?十[一二三四五六七八九]五[”\"]?末)"
      + "(?:为基数|为基准|为基期|基础上|相比|的水平)?"
      + "|(?:到|至|在|于)?(?:19|20)\\d\\d年(?:底|末|前)?)$");

  private static final String OPENERS = "〔【[（(";
  private static final String CLOSERS = "〕】]）)";

  /** Whether the bracket at {@code a} closes before {@code b}. */
  private boolean closes(int a, int b) {
    char close = CLOSERS.charAt(OPENERS.indexOf(s.charAt(a)));
    int c = s.indexOf(close, a + 1);
    if (close == '）' || close == ')') {
      c = Math.max(s.indexOf('）', a + 1), s.indexOf(')', a + 1));
    }
    return c > a && c < b;
  }

  /** Bounds {@code [start, end)} of the phrase, and whether a spread word (分别, 均) was cut. */
  record Bounds(int start, int end, boolean spread) {}

  private final TargetLexicon lexicon;
  private final String s;

  IndicatorPhrase(TargetLexicon lexicon, String s) {
    this.lexicon = lexicon;
    this.s = s;
  }

  /**
   * Past the coordinators and unclosed brackets ({@code 〔2025年…}) that open {@code [from, to)},
   * and past a sub-item's number that opens a clause ({@code 具体包括：（1）孕产妇死亡率…}).
   */
  int skipSeparators(int from, int to) {
    int p = from;
    while (p < to) {
      char c = s.charAt(p);
      if ("、和及与".indexOf(c) >= 0 || Character.isWhitespace(c)
          || OPENERS.indexOf(c) >= 0 && !closes(p, to) && !lineLabel(p, to)) {
        p++;
      } else if (lineLabel(p, to)) {
        Matcher m = LEAD_NUMBER.matcher(s).region(p, to);
        m.lookingAt();
        p = m.end();
      } else {
        break;
      }
    }
    return p;
  }

  /**
   * The end of a clause that names the indicator for the clause after it, without what the clause
   * says of it: an aim (妇女人均预期寿命延长，达到80岁 → 妇女人均预期寿命) or a bound without a number
   * (女性平均受教育年限不低于全市平均水平，达到11年 → 女性平均受教育年限).
   */
  int withoutAim(int from, int to) {
    for (int e = from + 2; e < to; e++) {
      TargetLexicon.Cue c = lexicon.preEndingAt(s, e);
      if (c != null && c.strength() == 2 && c.text().length() >= 2 && e - c.text().length() > from
          && s.substring(e, to).chars().noneMatch(Character::isDigit)) {
        return e - c.text().length();
      }
    }
    String v = lexicon.endsWith(WordKind.AIM_VERB, s, to);
    if (v == null) {
      return to;
    }
    int e = to - v.length();
    for (String m = lexicon.endsWith(WordKind.AIM_MODIFIER, s, e); m != null && e - m.length() > from;
        m = lexicon.endsWith(WordKind.AIM_MODIFIER, s, e)) {
      e -= m.length();
    }
    return e > from ? e : to;
  }

  /** A sub-item's numbering label (1. or （1）) at the start of a clause. */
  private boolean lineLabel(int p, int to) {
    if (p > 0 && "：:；;。，,".indexOf(s.charAt(p - 1)) < 0) {
      return false;
    }
    Matcher m = LEAD_NUMBER.matcher(s).region(p, to);
    return m.lookingAt() && m.end() < to;
  }

  /**
   * {@code [from, to)} without lead words, years and trail words: its bounds.
   */
  Bounds bounds(int from, int to) {
    int a = skipSeparators(from, to);
    int b = to;
    int spread = 0;
    boolean moved = true;
    while (moved && a < b) {
      moved = false;
      Matcher y = LEAD_YEAR.matcher(s).region(a, b);
      if (y.lookingAt()) {
        a = y.end();
        moved = true;
        continue;
      }
      Matcher num = LEAD_NUMBER.matcher(s).region(a, b);
      if (num.lookingAt() && num.end() < b) {
        a = num.end();
        moved = true;
        continue;
      }
      if (OPENERS.indexOf(s.charAt(a)) >= 0 && !closes(a, b)) {
        a++; // 70%〔2025年达到60%〕: the note's bracket, not the indicator's
        moved = true;
        continue;
      }
      String l = lexicon.startsWith(WordKind.LEAD, s, a);
      if (l != null && a + l.length() <= b) {
        a += l.length();
        moved = true;
      }
    }
    moved = true;
    while (moved && a < b) {
      moved = false;
      Matcher tb = TRAIL_BASE.matcher(s).region(a, b);
      if (tb.find()) {
        b = tb.start();
        moved = true;
        continue;
      }
      String sp = lexicon.endsWith(WordKind.SPREAD, s, b);
      String trail = lexicon.endsWith(WordKind.TRAIL, s, b);
      if (sp != null && b - sp.length() >= a && (trail == null || trail.length() <= sp.length())) {
        // 分别, 均; not the 均 of 年均 (a trail word of its own)
        b -= sp.length();
        spread = 1;
        moved = true;
        continue;
      }
      String t = trail;
      if (t == null) {
        // a trend before the clause that gives the number: 婚前医学检查率逐年提高，到2025年达到70%
        t = lexicon.endsWith(WordKind.TREND, s, b);
      }
      if (t != null && b - t.length() >= a) {
        b -= t.length();
        moved = true;
      }
    }
    return new Bounds(a, b, spread == 1);
  }

  /** How much of {@code b}'s start {@code a} ends with (农村居民 + 居民健康素养水平: 2), at least 2. */
  static int overlap(String a, String b) {
    for (int k = Math.min(a.length(), b.length()); k >= 2; k--) {
      if (a.endsWith(b.substring(0, k))) {
        return k;
      }
    }
    return 0;
  }

  /**
   * An elliptical clause's indicator from the last one's: 农村居民 + 居民健康素养水平 →
   * 农村居民健康素养水平 (the overlap once); 农村妇女 + 适龄妇女宫颈癌人群筛查率 → 农村适龄妇女宫颈癌人群筛查率
   * (the group it names stands a little way into the last one, 适龄妇女); 初中教师 + 中小学教师本科以上
   * 学历比例 → 初中教师本科以上学历比例 (a part of the last one's group, sharing a character with it,
   * takes its place); else the two run on.
   */
  String elliptical(String own, String prev) {
    int k = overlap(own, prev);
    if (k > 0) {
      return own + prev.substring(k);
    }
    for (int n = Math.min(own.length() - 1, 4); n >= 2; n--) {
      int at = prev.indexOf(own.substring(own.length() - n));
      if (at > 0 && at <= ELLIPSIS_REACH) {
        String group = own.substring(0, own.length() - n);
        // 其中初中教师 after 中小学教师…比例: a part of the last one's group takes its place
        // 社会散居孤儿 after 集中养育孤儿…标准: another group of the same noun takes its place;
        // a place (农村妇女 after 适龄妇女…) narrows it
        boolean part = group.chars().anyMatch(c -> prev.substring(0, at).indexOf(c) >= 0)
            || group.length() >= 2 && at >= 2
                && !group.equals(lexicon.startsWith(WordKind.PLACE, group, 0));
        return group + (part ? prev.substring(at) : prev);
      }
    }
    return own + prev;
  }

  /** How far into the last indicator the group an elliptical clause names may stand. */
  private static final int ELLIPSIS_REACH = 4;
}
