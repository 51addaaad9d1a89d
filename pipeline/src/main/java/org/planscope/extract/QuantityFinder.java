package org.planscope.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.planscope.text.ChineseNumber;

/**
 * Finds numbers that can be target values in width-folded text without spaces, with their unit:
 * {@code 70%} / {@code 百分之七十} / {@code 七成} → 70 %, {@code 12/10万} / {@code 15/10万活产数} →
 * 12 1/10万, {@code 5‰}, {@code 1:3} → ratio, {@code 一半} / {@code 三分之一} → fraction, {@code
 * 85%—90%} → range, and a number before a measure word from {@code quantity-units.tsv} ({@code 1名},
 * {@code 一所}, {@code 78.1岁}). Whether a found number is a target is decided by the caller.
 */
final class QuantityFinder {
  /** What follows 一支 in a team's name: 一支…队伍, 一支…力量 (an article, not a count). */
  private static final Pattern TEAM = Pattern.compile("[^，。；,;]{0,30}?(?:队伍|力量)");

  /** What was found. */
  enum Kind {
    PERCENT, PERMILLE, PER_100K, PER_10K, RATIO, FRACTION, RANGE, COUNT, MEASURE,
    /** 个百分点: always a change, never a level. */
    POINTS,
    /** 翻一番 = ×2: a change. */
    TIMES
  }

  /**
   * A number with its unit, at {@code [start, end)} of the folded text.
   *
   * @param valueText the string value of ratios, fractions and ranges ("1:3", "1/2", "85-90")
   * @param word the measure word for COUNT and MEASURE, else null
   */
  record Quantity(Kind kind, BigDecimal value, String valueText, String unit, int start, int end,
      TargetLexicon.MeasureWord word) {}

  /** A rate per 100,000 and per 10,000, as every reader of targets names its unit. */
  static final String PER_100K = "1/10万";
  static final String PER_10K = "1/万";
  private static final String NUM = "\\d+(?:\\.\\d+)?";
  private static final String CN = "[零〇一二两三四五六七八九十百千]+";
  private static final String CN_DEC = CN + "(?:点[零〇一二三四五六七八九]+)?";
  private static final MathContext MC = new MathContext(6);
  /**
   * Every character a match can start with: a digit, a numeral of {@link #CN}, or the first
   * character of 十万分之 / 百分之 / 千分之 / 一半 / 半数 / 每十万活产. The matcher is tried only there.
   */
  private static final String START = "零〇一二两三四五六七八九十百千半翻每";

  private final Pattern pattern;
  private final TargetLexicon lexicon;

  QuantityFinder(TargetLexicon lexicon) {
    this.lexicon = lexicon;
    String words = lexicon.measureWords.keySet().stream()
        .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
    String countWords = lexicon.measureWords.values().stream()
        .filter(w -> w.kind() == TargetLexicon.UnitKind.COUNT).map(TargetLexicon.MeasureWord::word)
        .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
    String start = "(?<![\\d.])(?<!\\d,)"; // not inside 12,000
    this.pattern = Pattern.compile(String.join("|",
        start + "(?<ra>" + NUM + "):(?<rb>" + NUM + ")(?![\\d.])",
        start + "(?<pk>" + NUM + ")/10万(?:活产数|活产)?",
        // 控制在每十万活产数15人以下, 每10万活产15例以内: a rate per 100,000 live births
        "每(?:十万|10万)(?:名?活产(?:数|儿)?)(?<pkl>" + NUM + ")(?:人|例|名)",
        start + "(?<pw>" + NUM + ")/万(?![人元])",
        start + "(?<fa>\\d+)/(?<fb>[1-9]\\d?)(?![\\d.万])",
        start + "(?<pp>" + NUM + "|" + CN_DEC + ")个百分点",
        start + "(?<pt>" + NUM + "|" + CN_DEC + ")个千分点",
        "翻(?<fan>一|两|三|1|2|3)番",
        // a multiple of a base level reached: 提高到2020年的1.5倍 (a bare 是…的2倍 is a fact)
        "(?<=(?:提高到|提高至|增长到|增加到|提升到|提升至|增至|达到)[^，。；,;]{0,12})"
            + "(?<tm>" + NUM + ")倍",
        "十万分之(?<pkc>" + CN_DEC + ")",
        start + "(?<ga>" + NUM + ")%?[-—–~～至到](?<gb>" + NUM + ")%",
        start + "(?<pc>" + NUM + ")%",
        "百分之(?<pcc>" + CN_DEC + ")",
        start + "(?<ma>" + NUM + ")‰?[-—–~～至到](?<mb>" + NUM + ")‰",
        start + "(?<pm>" + NUM + ")‰",
        "千分之(?<pmc>" + CN_DEC + ")",
        "(?<fd>" + CN + "|\\d+)分之(?<fn>" + CN + "|\\d+)",
        "(?<half>一半|半数)",
        "(?<![一二三四五六七八九十])(?<ch>[一二两三四五六七八九])成(?<ch2>[一二三四五六七八九])?"
            + "(?=以上|左右|以下|的|$|[，。；,;])",
        // a count's range: 每个村配备1—2名妇女专干, 一至二名
        // (1.2万—1.5万人: the first 万 is the second's)
        start + "(?<cr1>" + NUM + "|" + CN + ")(?:万(?=[—–\\-~～至到]" + NUM + "万))?[—–\\-~～至到](?<cr2>"
            + NUM + "|" + CN + ")(?=(?<crw>" + countWords + "))",
        start + "(?<cn>\\d{1,3}(?:,\\d{3})+|" + NUM + "|" + CN_DEC + ")(?<mw>" + words + ")",
        // an index printed without a unit, bounded from above at a clause's end: 性别比控制在107以下
        start + "(?<idx>" + NUM + ")(?=(?:以下|以内|左右)(?:[，。；,;）)]|$))"));
  }

  /**
   * The same matches as {@code pattern.matcher(s).find()} in a loop, but the pattern's seventeen
   * alternatives are tried only where a match can start (see {@link #START}); with transparent
   * bounds the look-behinds still see the text before.
   */
  List<Quantity> find(String s) {
    List<Quantity> out = new ArrayList<>();
    Matcher m = null;
    int n = s.length();
    int p = 0;
    while (p < n) {
      char c = s.charAt(p);
      if ((c < '0' || c > '9') && START.indexOf(c) < 0) {
        p++;
        continue;
      }
      if (m == null) {
        m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(p, n);
      if (!m.lookingAt()) {
        p++;
        continue;
      }
      Quantity q = quantity(m, s);
      if (q != null) {
        out.add(q);
      }
      p = m.end() > p ? m.end() : p + 1;
    }
    return out;
  }

  /**
   * The quantity the matched alternative of {@code m} reads, or null (a zero divisor, a measure
   * word before a word it must not precede). Exactly one alternative's groups are set.
   */
  private Quantity quantity(Matcher m, String s) {
    try {
      Quantity q = rate(m, m.start(), m.end());
      if (q == null) {
        q = share(m, m.start(), m.end());
      }
      return q != null ? q : count(m, s, m.start(), m.end());
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Ratios, rates per 10万 / 万 / 100 / 1000, 个百分点, 翻一番 and % ranges. */
  private static Quantity rate(Matcher m, int a, int b) {
    if (m.group("ra") != null) {
      BigDecimal x = new BigDecimal(m.group("ra"));
      BigDecimal y = new BigDecimal(m.group("rb"));
      if (y.signum() == 0) {
        return null;
      }
      return new Quantity(Kind.RATIO, x.divide(y, MC).stripTrailingZeros(),
          m.group("ra") + ":" + m.group("rb"), "ratio", a, b, null);
    }
    if (m.group("pkl") != null) {
      return new Quantity(Kind.PER_100K, new BigDecimal(m.group("pkl")), null, PER_100K, a, b, null);
    }
    if (m.group("pk") != null) {
      return new Quantity(Kind.PER_100K, new BigDecimal(m.group("pk")), null, PER_100K, a, b, null);
    }
    if (m.group("pw") != null) {
      return new Quantity(Kind.PER_10K, new BigDecimal(m.group("pw")), null, PER_10K, a, b, null);
    }
    if (m.group("pp") != null) {
      return new Quantity(Kind.POINTS, ChineseNumber.parse(m.group("pp")), null, "个百分点", a, b,
          null);
    }
    if (m.group("tm") != null) {
      return new Quantity(Kind.TIMES, new BigDecimal(m.group("tm")), null, "倍", a, b, null);
    }
    if (m.group("pt") != null) { // 下降1个千分点: a change of a rate per 1,000
      return new Quantity(Kind.POINTS, ChineseNumber.parse(m.group("pt")), null, "个千分点", a, b,
          null);
    }
    if (m.group("fan") != null) {
      int n = "一1".contains(m.group("fan")) ? 1 : "两2".contains(m.group("fan")) ? 2 : 3;
      return new Quantity(Kind.TIMES, BigDecimal.valueOf(1L << n), null, "倍", a, b, null);
    }
    if (m.group("pkc") != null) {
      return new Quantity(Kind.PER_100K, ChineseNumber.parse(m.group("pkc")), null, PER_100K, a, b,
          null);
    }
    if (m.group("ga") != null) {
      return new Quantity(Kind.RANGE, new BigDecimal(m.group("ga")),
          m.group("ga") + "-" + m.group("gb"), "%", a, b, null);
    }
    if (m.group("ma") != null) {
      return new Quantity(Kind.RANGE, new BigDecimal(m.group("ma")),
          m.group("ma") + "-" + m.group("mb"), "‰", a, b, null);
    }
    if (m.group("pc") != null) {
      return new Quantity(Kind.PERCENT, new BigDecimal(m.group("pc")), null, "%", a, b, null);
    }
    if (m.group("pcc") != null) {
      return new Quantity(Kind.PERCENT, ChineseNumber.parse(m.group("pcc")), null, "%", a, b, null);
    }
    if (m.group("pm") != null) {
      return new Quantity(Kind.PERMILLE, new BigDecimal(m.group("pm")), null, "‰", a, b, null);
    }
    if (m.group("pmc") != null) {
      return new Quantity(Kind.PERMILLE, ChineseNumber.parse(m.group("pmc")), null, "‰", a, b, null);
    }
    return null;
  }

  /** Fractions (1/6, 三分之一, 一半) and tenths (九成五). */
  private static Quantity share(Matcher m, int a, int b) {
    if (m.group("fa") != null) {
      BigDecimal n = new BigDecimal(m.group("fa"));
      BigDecimal d = new BigDecimal(m.group("fb"));
      return new Quantity(Kind.FRACTION, n.divide(d, MC).stripTrailingZeros(),
          m.group("fa") + "/" + m.group("fb"), "fraction", a, b, null);
    }
    if (m.group("fd") != null) {
      BigDecimal d = ChineseNumber.parse(m.group("fd"));
      BigDecimal n = ChineseNumber.parse(m.group("fn"));
      if (d.signum() == 0) {
        return null;
      }
      return new Quantity(Kind.FRACTION, n.divide(d, MC).stripTrailingZeros(),
          n.toPlainString() + "/" + d.toPlainString(), "fraction", a, b, null);
    }
    if (m.group("half") != null) {
      return new Quantity(Kind.FRACTION, new BigDecimal("0.5"), "1/2", "fraction", a, b, null);
    }
    if (m.group("ch") != null) {
      BigDecimal tenths = ChineseNumber.parse(m.group("ch")).multiply(BigDecimal.TEN);
      if (m.group("ch2") != null) {
        tenths = tenths.add(ChineseNumber.parse(m.group("ch2"))); // 九成五 = 95 %
      }
      return new Quantity(Kind.PERCENT, tenths, null, "%", a, b, null);
    }
    return null;
  }

  /** A number with a measure word (6.5张, 3所), unless followed by a word it must not precede. */
  private Quantity count(Matcher m, String s, int a, int b) {
    if (m.group("cr1") != null) {
      TargetLexicon.MeasureWord w = lexicon.measureWords.get(m.group("crw"));
      BigDecimal lo = ChineseNumber.parse(m.group("cr1"));
      BigDecimal hi = ChineseNumber.parse(m.group("cr2"));
      return lo.compareTo(hi) >= 0 ? null : new Quantity(Kind.COUNT, lo,
          lo.toPlainString() + "-" + hi.toPlainString(), w.unit(), a, b + m.group("crw").length(), w);
    }
    if (m.group("idx") != null) {
      return new Quantity(Kind.MEASURE, new BigDecimal(m.group("idx")), null, "", a, b, null);
    }
    if (m.group("cn") != null) {
      TargetLexicon.MeasureWord w = lexicon.measureWords.get(m.group("mw"));
      if (m.group("cn").equals("一") && b + 1 < s.length() && s.charAt(b) == '一') {
        return null; // 一人一档, 一村一品, 一户一策: a named practice, no count
      }
      if (m.group("cn").equals("一") && "支".equals(m.group("mw"))
          && TEAM.matcher(s).region(b, s.length()).lookingAt()
          && s.lastIndexOf('每', a) < Math.max(0, a - 12)) {
        return null; // 建成一支高素质的儿童工作者队伍: "a" team, not one (每个乡镇一支…队伍 is one)
      }
      for (String nb : w.notBefore()) {
        if (TargetLexicon.regionMatches(s, b, nb)) {
          return null;
        }
      }
      Kind kind = w.kind() == TargetLexicon.UnitKind.COUNT ? Kind.COUNT : Kind.MEASURE;
      return new Quantity(kind, ChineseNumber.parse(m.group("cn").replace(",", "")), null,
          w.unit(), a, b, w); // 12,000个: a thousands separator
    }
    return null;
  }
}
