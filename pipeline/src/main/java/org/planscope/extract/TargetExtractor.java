package org.planscope.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.extract.ComparatorChain.Chain;
import org.planscope.extract.QuantityFinder.Kind;
import org.planscope.extract.QuantityFinder.Quantity;
import org.planscope.extract.TargetLexicon.Cue;
import org.planscope.extract.TargetLexicon.CueKind;
import org.planscope.extract.TargetLexicon.WordKind;
import org.planscope.model.Op;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;
import org.planscope.model.Warning;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.Segmenter;
import org.planscope.text.Token;

/**
 * Reads quantified targets from an item's text: 孕产妇死亡率下降到12/10万以下 → 孕产妇死亡率 ≤ 12
 * 1/10万; and indicators named without a value (乳腺癌人群筛查率逐步提高 → {@link
 * TargetStatus#MISSING_VALUE}).
 *
 * <p>The text is width folded and its spaces and line breaks dropped (so {@code 8/10 万} and {@code
 * 3.1⏎7张} read as numbers), with a map back to the original offsets. Then, per value, a small
 * grammar of named stages, each with its own table test:
 *
 * <ol>
 *   <li>quantity ({@link QuantityFinder}): the number and its unit, 百分之九十五, 九成, 1∶1000, 1/6,
 *       2个百分点, 翻一番, counts with their measure word;
 *   <li>comparator chain ({@link ComparatorChain}): the cues before it (至少各配备, 达到并保持在, 下降)
 *       and the cue after it (以上, 左右); a change cue makes the target relative, signed;
 *   <li>indicator phrase ({@link IndicatorPhrase}): the noun phrase of its clause, without stage
 *       words, years or bases; a stage clause without one (，到2030年达到90%) repeats the last;
 *   <li>coordination ({@link CoordinationSplitter}): under 分别 / 均 / 都 one indicator per value;
 *   <li>stage/year attachment ({@link StageYears}): the target year of the sentence, else of the
 *       item, else the plan's end year; base years of changes; past figures (从2020年的13.1/10万,
 *       2020年为5.1‰) become the next target's baseline and are never targets.
 * </ol>
 *
 * <p>Years, ages, numbers in quotes (“15分钟生活圈”), numbers without a target unit (12345) and
 * values that modify a noun (超过200人的企业) are not targets. Each target links to the {@link
 * IndicatorCatalogue} when one fits.
 *
 * <p>Thread-safe: lexicons and patterns are built once, every call works on its own state.
 */
public final class TargetExtractor {
  /** Before a past figure: 从2020年的 / 由 / （2020年为 / 2020年为. */
  private static final Pattern BASELINE_LEAD = Pattern.compile(
      "(?:[（(]?(?:从|由)(?:(?:19|20)\\d\\d年(?:底|末)?的?)?"
      + "|[（(]?(?<![到至])(?:19|20)\\d\\d年(?:底|末)?(?:为|是))$");
  private static final Pattern PER_YEAR = Pattern.compile("(?:每年|年均)");
  /** A scope that says how the rate is counted, kept as a qualifier: …接种率以乡镇为单位保持在95%以上. */
  private static final Pattern SCOPE = Pattern.compile(
      "以(?:[^，。；、以为（）()]|[（(][^）)]{1,8}[）)]){1,12}为单位$");
  private static final Pattern AGE = Pattern.compile("\\d+(?:[-—–~～至到]\\d+)?岁(?:及以上|以上|以下|及以下)?");
  private static final String BOUNDARY = "，。；;！？!?";
  private static final List<String> LIST_JOINERS = List.of("、", "和", "及", "、和", "与");

  private final Segmenter segmenter;
  private final TargetLexicon lexicon;
  private final IndicatorCatalogue catalogue;
  private final QuantityFinder finder;
  private final CoordinationSplitter splitter;

  /** The extractor with the shared HanLP segmenter, the project lexicons and catalogue. */
  public TargetExtractor() {
    this(HanLpSegmenter.shared(), IndicatorCatalogue.shared());
  }

  public TargetExtractor(Segmenter segmenter, IndicatorCatalogue catalogue) {
    this(segmenter, TargetLexicon.shared(), catalogue);
  }

  TargetExtractor(Segmenter segmenter, TargetLexicon lexicon, IndicatorCatalogue catalogue) {
    this.segmenter = segmenter;
    this.lexicon = lexicon;
    this.catalogue = catalogue;
    this.finder = new QuantityFinder(lexicon);
    this.splitter = new CoordinationSplitter(lexicon);
  }

  public IndicatorCatalogue catalogue() {
    return catalogue;
  }

  /**
   * @param text the item text
   * @param span where the text is in the plan's normalised text; target spans are offset by it
   */
  public List<Target> extract(String text, Span span) {
    return extract(text, span, null);
  }

  /**
   * @param text the item text
   * @param span where the text is in the plan's normalised text; target spans are offset by it
   * @param endYear the plan's end year: the year of a stated target whose sentence and item name
   *     none; null to leave such years unset
   */
  public List<Target> extract(String text, Span span, Integer endYear) {
    Folded f = Folded.of(text);
    List<Quantity> qs = finder.find(f.s);
    boolean trend = false;
    for (WordKind k : List.of(WordKind.TREND, WordKind.TREND_LEAD)) {
      for (String w : lexicon.words(k)) {
        if (f.s.contains(w)) {
          trend = true;
          break;
        }
      }
    }
    if (qs.isEmpty() && !trend) {
      return List.of();
    }
    Run run = new Run(f, span == null ? 0 : span.start());
    for (int i = 0; i < qs.size(); ) {
      if (run.baseline(qs.get(i))) {
        i++;
        continue;
      }
      // a value list under one comparator: 分别降至3‰、5‰和6‰以下, 25%以上和15%以上, 77岁和82岁
      int j = i + 1;
      // (units may differ: 分别控制在10/10万、5‰、7‰以下)
      while (j < qs.size() && qs.get(i).kind() != Kind.COUNT
          && (qs.get(j).unit().equals(qs.get(i).unit()) || qs.get(i).kind() != Kind.MEASURE
              && qs.get(j).kind() != Kind.MEASURE)
          && qs.get(j).kind() != Kind.COUNT
          && LIST_JOINERS.contains(run.joiner(qs.get(j - 1).end(), qs.get(j).start()))) {
        j++;
      }
      run.target(qs.subList(i, j));
      i = j;
    }
    run.missingValues();
    if (endYear != null) {
      run.out.replaceAll(t -> t.stated() && t.year() == null ? t.withYear(endYear) : t);
    }
    run.out.sort((a, b) -> a.span() == null || b.span() == null ? 0 : a.span().compareTo(b.span()));
    return List.copyOf(run.out);
  }

  private static final java.util.Set<String> RATE_UNITS = java.util.Set.of("%", "‰", "1/10万", "1/万");

  /**
   * Stated targets whose rate unit is not their catalogue indicator's (婴儿死亡率控制在5%以下 where
   * the catalogue counts ‰): often a ‰ printed as %. The value stays as printed; the warning asks
   * a reader to check it.
   */
  public List<Warning> doubtfulUnits(List<Target> targets) {
    List<Warning> out = new ArrayList<>();
    for (Target t : targets) {
      if (!t.stated() || t.relative() || t.indicatorId() == null || !RATE_UNITS.contains(t.unit())) {
        continue;
      }
      String expected = catalogue.byId(t.indicatorId()).map(IndicatorCatalogue.Indicator::unit)
          .orElse(null);
      if (expected != null && RATE_UNITS.contains(expected) && !expected.equals(t.unit())) {
        out.add(new Warning("TARGET_UNIT_DOUBTFUL", "「" + t.indicator() + "」的目标单位为 " + t.unit()
            + "，指标目录为 " + expected + "，请核对原文（‰ 常被印作 %）; the unit " + t.unit()
            + " is not the catalogue's " + expected + ", the value is kept as printed", t.span()));
      }
    }
    return out;
  }

  /** The text without whitespace, width folded, with each character's original offset. */
  static final class Folded {
    final String original;
    final String s;
    /** The same characters as {@link #s}, unfolded: for indicator names as printed. */
    final String d;
    final int[] origin;

    private Folded(String original, String s, String d, int[] origin) {
      this.original = original;
      this.s = s;
      this.d = d;
      this.origin = origin;
    }

    static Folded of(String text) {
      StringBuilder b = new StringBuilder(text.length());
      StringBuilder d = new StringBuilder(text.length());
      int[] origin = new int[text.length()];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
          continue;
        }
        b.append(org.planscope.lexicon.Fold.width(c)); // ∶ reads as a colon: 1∶1000
        d.append(c);
        origin[n++] = i;
      }
      return new Folded(text, b.toString(), d.toString(), java.util.Arrays.copyOf(origin, n));
    }

    /** The original text of folded {@code [from, to)}. */
    String raw(int from, int to) {
      return to <= from ? "" : original.substring(origin[from], origin[to - 1] + 1);
    }

    Span span(int from, int to, int base) {
      return to <= from ? new Span(base, base)
          : new Span(base + origin[from], base + origin[to - 1] + 1);
    }
  }


  /** The state of one call. */
  private final class Run {
    final Folded f;
    final String s;
    /** HanLP tokens of {@link #s}, segmented on first use: most items never need them. */
    private List<Token> tokens;
    final int base;
    final boolean[] quoted;
    final StageYears years;
    final ComparatorChain chains;
    final IndicatorPhrase phrase;
    final List<Target> out = new ArrayList<>();
    /** A past figure waiting for the target it is the baseline of. */
    Quantity baseline;
    Integer baselineYear;
    String baselineIndicator;
    /** Folded ranges already read as part of a target (so a clause is not reused). */
    final List<int[]> used = new ArrayList<>();
    int prevEnd = -1;
    String prevCore;
    /** The last target's indicator: a stage clause without one (，到2030年达到90%) repeats it. */
    String prevIndicator;
    String prevUnit;
    String prevCountSubject;
    Op prevOp;

    Run(Folded f, int base) {
      this.f = f;
      this.s = f.s;
      this.base = base;
      this.quoted = quotes(s);
      this.years = new StageYears(s);
      this.chains = new ComparatorChain(lexicon, s);
      this.phrase = new IndicatorPhrase(lexicon, s);
    }

    List<Token> tokens() {
      if (tokens == null) {
        tokens = segmenter.segment(s);
      }
      return tokens;
    }

    /** Folded {@code [a, b)} as printed (full-width brackets kept). */
    String text(int a, int b) {
      return f.d.substring(a, b);
    }

    boolean boundary(int i) {
      char c = s.charAt(i);
      if (BOUNDARY.indexOf(c) >= 0) {
        return true;
      }
      if (c == ',' || c == ':') {
        return !(i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
            && Character.isDigit(s.charAt(i + 1)));
      }
      return false;
    }

    int clauseStart(int i) {
      int j = i;
      while (j > 0 && !boundary(j - 1)) {
        j--;
      }
      return j;
    }

    int clauseEnd(int i) {
      int j = i;
      while (j < s.length() && !boundary(j)) {
        j++;
      }
      return j;
    }

    int sentenceStart(int i) {
      int j = i;
      while (j > 0 && "。；;！？!?".indexOf(s.charAt(j - 1)) < 0) {
        j--;
      }
      return j;
    }

    /** Between two listed values: the joiner after the first one's post cue (25%以上和15%). */
    String joiner(int from, int to) {
      Cue post = lexicon.postAt(s, from);
      if (post != null && from + post.text().length() <= to) {
        from += post.text().length();
      }
      return s.substring(from, to);
    }

    /**
     * A past figure (从2020年的13.1/10万, 2020年为5.1‰, 由91.2%) is kept as the baseline of the next
     * target of the same unit, never a target itself.
     */
    boolean baseline(Quantity q) {
      if (q.kind() == Kind.MEASURE || q.kind() == Kind.COUNT || q.kind() == Kind.POINTS
          || q.kind() == Kind.TIMES) {
        return false;
      }
      int cs = clauseStart(q.start());
      int from = Math.max(cs, prevEnd > cs && prevEnd <= q.start() ? prevEnd : cs);
      Matcher m = BASELINE_LEAD.matcher(s).region(Math.max(from, q.start() - 12), q.start());
      boolean found = false;
      while (!found && m.regionStart() >= from) {
        found = m.find();
        if (!found) {
          break;
        }
      }
      if (!found) {
        // a past figure with 为 in a sentence that names its year first: 2020年全县…为12.5/10万
        Chain c = chains.chain(from, q);
        if (c == null || !c.nearest().text().equals("为") || c.gapStart() != q.start()) {
          return false;
        }
        Integer y = years.baseYear(sentenceStart(q.start()), q.start());
        if (y == null || years.year(sentenceStart(q.start()), q.start()) != null) {
          return false;
        }
        baseline = q;
        baselineYear = y;
        int[] st = strip(from, c.start());
        baselineIndicator = text(st[0], st[1]);
        prevEnd = endOf(q);
        return true;
      }
      int lead = m.start();
      baseline = q;
      baselineYear = years.baseYear(lead, q.start());
      int[] st = strip(from, lead);
      baselineIndicator = st[1] > st[0] ? text(st[0], st[1]) : prevIndicator;
      prevEnd = endOf(q);
      if (prevEnd < s.length() && (s.charAt(prevEnd) == '）' || s.charAt(prevEnd) == ')')) {
        prevEnd++;
      }
      return true;
    }

    int endOf(Quantity q) {
      Cue post = lexicon.postAt(s, q.end());
      return q.end() + (post == null ? 0 : post.text().length());
    }

    void target(List<Quantity> group) {
      Quantity q = group.get(0);
      Quantity last = group.get(group.size() - 1);
      if (quoted[q.start()]) {
        return;
      }
      if (q.start() > 0 && "第每".indexOf(s.charAt(q.start() - 1)) >= 0) {
        return;
      }
      int cs = clauseStart(q.start());
      int ce = clauseEnd(last.end());
      int rs = prevEnd > cs && prevEnd <= q.start() ? prevEnd : cs;
      int after = last.end();
      Cue post = lexicon.postAt(s, after);
      if (post != null) {
        after += post.text().length();
      }
      Chain chain = chains.chain(rs, q);
      if (chain != null && chain.nearest().kind() == CueKind.FACT) {
        return; // 全县共有3所中学: a figure of what exists
      }
      boolean count = q.kind() == Kind.COUNT;
      if ((count || q.kind() == Kind.MEASURE || q.kind() == Kind.RATIO) && after < s.length()
          && s.charAt(after) == '的') {
        return; // 超过200人的企业, 1万人次的场所, 1:1的比例: the value modifies a noun
      }
      if (count && after < s.length() && s.startsWith("或", after)) {
        return; // 建筑面积超过1万平方米或者…的公共场所
      }
      boolean quantifierFirst = !count && q.kind() != Kind.MEASURE && after < s.length()
          && s.charAt(after) == '的';
      if (q.kind() == Kind.MEASURE) {
        if (chain == null || chain.gapStart() != q.start() || chain.nearest().kind() != CueKind.PLAIN
            || post != null && post.op() != Op.GE || after < s.length() && !boundary(after)) {
          return; // 65岁以上老年人, 到2025年, 学前3年, 为65岁及以上妇女: not targets
        }
      }
      boolean continued = false;
      if (count && chain == null) {
        // 医生1.12名、床位3.17张: a count listed after another takes its comparator and subject
        if (prevCountSubject == null || rs != prevEnd || s.charAt(rs) != '、') {
          return;
        }
        continued = true;
      }
      if ((q.kind() == Kind.FRACTION) && chain == null && post == null && !quantifierFirst) {
        return;
      }
      Op op = continued ? prevOp : op(post, chain, count);
      boolean down = chain != null && chain.nearest().kind() == CueKind.DOWN
          && chain.gapStart() == q.start();
      boolean relative = down || q.kind() == Kind.POINTS || q.kind() == Kind.TIMES
          || chain != null && chain.nearest().kind() == CueKind.UP && chain.gapStart() == q.start();
      if (q.kind() == Kind.RANGE) {
        op = Op.EQ;
      } else if (down) {
        // a fall is read on the signed change: 下降10%以上 → change <= -10
        op = post == null || post.op() == Op.GE ? Op.LE : post.op() == Op.LE ? Op.GE : post.op();
      } else if (relative && post == null && (chain == null || chain.nearest().kind() == CueKind.UP)) {
        op = Op.GE;
      }
      if (relative && q.kind() == Kind.POINTS && chain != null && chain.gapStart() == q.start()
          && chain.nearest().kind() == CueKind.PLAIN && post == null) {
        op = chain.nearest().op();
      }
      int subjEnd = chain == null ? q.start() : chain.start();
      int[] subj = strip(rs, subjEnd);
      String reuse = null;
      if (subj[1] <= subj[0] && !count && !quantifierFirst) {
        // a stage (，到2030年达到90%) repeats the last indicator; a target after its past figure
        // (从2020年的13.1/10万下降到…) takes the figure's
        String again = baseline != null && baselineIndicator != null && !baselineIndicator.isEmpty()
            ? baselineIndicator
            : StageYears.YEAR.matcher(s).region(rs, subjEnd).find() ? prevIndicator : null;
        if (again != null) {
          subj = new int[] {subj[0], subj[0], 0, 1};
          reuse = again;
        }
      }
      boolean spread = chain != null && chain.spread() || subj[2] == 1;
      String indicator;
      String core;
      int rawStart = Math.max(rs, phrase.skipSeparators(rs, subjEnd));
      int rawEnd = after;
      String subject = reuse != null ? reuse : text(subj[0], subj[1]);
      if (count) {
        int npStart = after;
        int npEnd = ce;
        for (int p = npStart; p < npEnd; p++) {
          if (s.charAt(p) == '、' && text(p, npEnd).chars().anyMatch(Character::isDigit)) {
            npEnd = p; // 医生1.12名、床位3.17张: the next count's noun is its own
            break;
          }
        }
        String np = npStart < npEnd ? text(npStart, npEnd) : "";
        if (np.startsWith("的")) {
          np = np.substring(1);
        }
        if (continued) {
          np = text(rs + 1, q.start());
          subject = prevCountSubject;
        } else if (np.isEmpty() && chain.nearest().kind() == CueKind.PROVISION
            && chain.gapStart() < q.start()) {
          np = text(chain.gapStart(), q.start());
        } else if (!np.isEmpty()) {
          rawEnd = npEnd;
        }
        if (np.isEmpty() && subject.endsWith("的")) {
          np = lastNoun(cs);
        }
        if (subject.isEmpty() || subject.endsWith("的")) {
          subject = topic(cs) + subject;
        }
        indicator = subject + np;
        if (!indicator.endsWith(q.word().suffix()) && !indicator.endsWith("数")) {
          indicator += q.word().suffix(); // 床位数达到6.5张: 床位数, not 床位数数
        }
        core = indicator;
        prevCountSubject = subject;
      } else if (quantifierFirst) {
        String[] npvp = nounVerb(after + 1, ce);
        String vp = npvp[1].startsWith("在") ? npvp[1].substring(1) : npvp[1];
        String head = q.kind() == Kind.FRACTION || q.kind() == Kind.PERCENT ? "比例" : "";
        core = (vp.isEmpty() ? "" : vp + "的") + npvp[0] + head;
        indicator = (subject.isEmpty() ? topic(cs) : subject) + core;
        rawEnd = ce;
      } else if (chain != null && chain.nearest().kind() == CueKind.SHARE
          && chain.gapStart() < q.start()) {
        String of = text(chain.gapStart(), q.start());
        if (of.endsWith("的")) {
          of = of.substring(0, of.length() - 1);
        }
        indicator = subject + chain.nearest().text() + of + "的比例";
        core = indicator;
      } else {
        indicator = subject;
        core = subject;
        if (indicator.isEmpty()) {
          if (relative && q.kind() != Kind.TIMES) {
            return; // 比2020年提高3个百分点 with nothing named
          }
          int[] prev = previousClause(cs);
          if (prev == null) {
            return;
          }
          int ps = prev[0];
          String lead = lexicon.startsWith(WordKind.TREND_LEAD, s, ps);
          if (lead != null) {
            ps += lead.length();
          }
          int[] st = strip(ps, prev[1]);
          indicator = text(st[0], st[1]);
          core = indicator;
          rawStart = prev[0];
          used.add(new int[] {prev[0], prev[1]});
        } else if (reuse == null) {
          if (!endsWithHead(indicator) && prevCore != null && q.unit().equals(prevUnit)) {
            // 农村达到60% after 城市社区…覆盖率: the place replaces the last indicator's place
            String own = lexicon.startsWith(WordKind.PLACE, indicator, 0);
            String theirs = lexicon.startsWith(WordKind.PLACE, prevCore, 0);
            indicator = own != null && theirs != null && own.length() == indicator.length()
                ? indicator + prevCore.substring(Math.min(theirs.length(), own.length()))
                : indicator + prevCore;
          } else {
            indicator = complete(subj[0], subj[1], cs, indicator);
            core = indicator;
            int[] prev = previousClause(cs);
            if (prev != null && lexicon.endsWith(WordKind.TOPIC_END, s, prev[1]) != null) {
              indicator = text(prev[0], prev[1]) + indicator;
            }
          }
        }
        if (chain == null && post == null && !endsWithHead(indicator) && !relative) {
          return; // a bare percentage without a comparator or an indicator head
        }
      }
      if (indicator.isEmpty()) {
        return;
      }
      List<String> names = (spread || group.size() > 1) && !count && reuse == null
          ? splitter.split(indicator, group.size()) : List.of(indicator);
      if (names.isEmpty()) {
        names = List.of(indicator);
      }
      if (group.size() > 1 && names.size() != group.size()) {
        names = List.of(indicator);
      }
      String raw = f.raw(rawStart, rawEnd);
      Span span = f.span(rawStart, rawEnd, base);
      int ss = sentenceStart(q.start());
      Integer year = years.year(ss, q.start());
      if (year == null) {
        year = years.year(0, ss); // the goal's year: 到2025年，…；…达到90%
      }
      List<Integer> spreadYears = names.size() == 1 && group.size() > 1
          ? years.yearList(ss, q.start(), group.size()) : List.of();
      Integer baseYear = relative ? years.baseYear(ss, q.start()) : null;
      BigDecimal baseValue = null;
      if (baseline != null && !relative && baseline.unit().equals(q.unit())) {
        baseValue = baseline.value();
        baseYear = baselineYear;
      }
      baseline = null;
      List<String> perYear = new ArrayList<>();
      if (relative) {
        Matcher py = PER_YEAR.matcher(s).region(cs, q.start());
        if (py.find()) {
          perYear.add(py.group());
        }
      }
      for (int n = 0; n < Math.max(names.size(), group.size()); n++) {
        String name = names.get(Math.min(n, names.size() - 1));
        Quantity v = group.get(Math.min(n, group.size() - 1));
        List<String> qualifiers = new ArrayList<>(perYear);
        Matcher scope = SCOPE.matcher(name);
        if (scope.find() && scope.start() > 0) {
          qualifiers.add(scope.group());
          name = name.substring(0, scope.start());
        }
        Matcher age = AGE.matcher(name);
        while (age.find()) {
          qualifiers.add(age.group());
        }
        String id = catalogue.match(name).map(IndicatorCatalogue.Indicator::id).orElse(null);
        BigDecimal value = v.value();
        String valueText = v.valueText();
        if (down) {
          value = value.negate();
          valueText = valueText == null ? null : "-" + valueText;
        }
        Integer y = spreadYears.isEmpty() ? year : spreadYears.get(n);
        out.add(new Target(name, id, op, value, valueText, v.unit(), raw, span,
            TargetStatus.STATED, y, qualifiers, baseValue, relative, baseYear));
        prevIndicator = name;
      }
      used.add(new int[] {rawStart, rawEnd});
      prevEnd = after;
      prevCore = core;
      prevUnit = q.unit();
      prevOp = op;
    }

    Op op(Cue post, Chain chain, boolean count) {
      if (post != null) {
        return post.op();
      }
      if (chain == null) {
        return count ? Op.EQ : Op.GE;
      }
      Cue best = null;
      for (Cue c : chain.cues()) {
        if (best == null || c.strength() > best.strength()) {
          best = c;
        }
      }
      return best.op();
    }

    /** {@code [from, to)} as an indicator phrase: {start, end, spread(0|1)}. */
    int[] strip(int from, int to) {
      IndicatorPhrase.Bounds b = phrase.bounds(from, to);
      return new int[] {b.start(), b.end(), b.spread() ? 1 : 0};
    }

    boolean endsWithHead(String phrase) {
      return lexicon.endsWith(WordKind.HEAD, phrase, phrase.length()) != null;
    }

    /** The clause before the one starting at {@code cs}: {start, end}, or null. */
    int[] previousClause(int cs) {
      if (cs == 0) {
        return null;
      }
      int end = cs - 1;
      int start = clauseStart(end);
      for (int[] u : used) {
        if (u[0] < end && start < u[1]) {
          return null;
        }
      }
      return start < end ? new int[] {start, end} : null;
    }

    /** The first clause of the sentence when it is a bare noun phrase (区党政工作部门，…). */
    String topic(int cs) {
      int ss = sentenceStart(cs);
      if (ss >= cs) {
        return "";
      }
      int e = clauseEnd(ss);
      if (e >= cs || e - ss > 16) {
        return "";
      }
      for (Token t : tokens()) {
        if (t.start() >= ss && t.end() <= e && !nounish(t)) {
          return "";
        }
      }
      return text(ss, e);
    }

    /** The last noun of the clause before {@code cs} (配备女干部，其中担任正职的… → 女干部). */
    String lastNoun(int cs) {
      int[] prev = previousClauseAny(cs);
      if (prev == null) {
        return "";
      }
      String last = "";
      for (Token t : tokens()) {
        if (t.start() >= prev[0] && t.end() <= prev[1] && t.tag().startsWith("n")) {
          last = t.word();
        }
      }
      return last;
    }

    int[] previousClauseAny(int cs) {
      if (cs == 0) {
        return null;
      }
      int end = cs - 1;
      int start = clauseStart(end);
      return start < end ? new int[] {start, end} : null;
    }

    /** After 70%的: the noun (妇女) and the verb phrase (在35—45岁接受筛查) to the clause end. */
    String[] nounVerb(int from, int to) {
      int split = from;
      for (Token t : tokens()) {
        if (t.start() < from || t.end() > to) {
          continue;
        }
        if (t.start() == split && t.tag().startsWith("n")) {
          split = t.end();
        } else if (t.start() >= split) {
          break;
        }
      }
      return new String[] {text(from, split), text(split, to)};
    }

    /**
     * A short indicator that starts with a verb (防控知识知晓率, 开课率) names its object earlier:
     * the nouns before the same verb in the previous clause, else that clause's last nouns.
     */
    String complete(int a, int b, int cs, String indicator) {
      List<Token> ts = tokensIn(a, b);
      if (ts.isEmpty() || ts.size() > 3 || !ts.get(0).tag().startsWith("v")
          || catalogue.match(indicator).isPresent()) {
        return indicator;
      }
      int[] prev = previousClauseAny(cs);
      if (prev == null) {
        return indicator;
      }
      List<Token> pts = tokensIn(prev[0], prev[1]);
      int k = -1;
      for (int i = 0; i < pts.size(); i++) {
        if (pts.get(i).word().equals(ts.get(0).word())) {
          k = i;
        }
      }
      int endIdx = k >= 0 ? k : pts.size();
      StringBuilder run = new StringBuilder();
      int i = endIdx - 1;
      while (i >= 0 && (nounish(pts.get(i)) || pts.get(i).tag().startsWith("r")
          || pts.get(i).tag().equals("a")
          || "和及与、".contains(pts.get(i).word()))) {
        i--;
      }
      for (int j = i + 1; j < endIdx; j++) {
        Token t = pts.get(j);
        if (run.length() == 0 && "和及与、".contains(t.word())) {
          continue;
        }
        if (!t.tag().startsWith("r")) {
          run.append(t.word());
        }
      }
      return run + indicator;
    }

    boolean nounish(Token t) {
      String g = t.tag();
      return g.startsWith("n") || g.equals("vn") || g.equals("b") || g.equals("j")
          || g.equals("f") || g.equals("gm") || g.equals("gi") || g.equals("nz");
    }

    List<Token> tokensIn(int a, int b) {
      List<Token> l = new ArrayList<>();
      for (Token t : tokens()) {
        if (t.start() >= a && t.end() <= b) {
          l.add(t);
        }
      }
      return l;
    }

    /** 小学、初中阶段净入学率 → 小学阶段净入学率, 初中阶段净入学率 (top-level 、 only). */
    List<String> split(int a, int b, boolean valueList) {
      List<Integer> seps = new ArrayList<>();
      int depth = 0;
      for (int i = a; i < b; i++) {
        char c = s.charAt(i);
        if (c == '（' || c == '(') {
          depth++;
        } else if (c == '）' || c == ')') {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && (c == '、' || valueList && "和及与".indexOf(c) >= 0)) {
          seps.add(i);
        }
      }
      if (seps.isEmpty()) {
        return List.of();
      }
      List<String> whole = new ArrayList<>();
      int from = a;
      for (int sep : seps) {
        whole.add(text(from, sep));
        from = sep + 1;
      }
      whole.add(text(from, b));
      if (whole.stream().allMatch(TargetExtractor.Run.this::endsWithHead)
          && whole.stream().map(this::finalWord).distinct().count() == 1) {
        return whole; // 婴儿死亡率和5岁以下儿童死亡率: each element is a whole indicator
      }
      Token first = null;
      Token last = null;
      for (Token t : tokens()) {
        if (t.end() == seps.get(0) && t.start() >= a) {
          first = t;
        }
        if (t.start() == seps.get(seps.size() - 1) + 1 && t.end() <= b) {
          last = t;
        }
      }
      if (first == null || last == null) {
        return List.of();
      }
      if (valueList) {
        // the last element runs up to the final word: 5岁以下儿童 | 死亡率
        Token fin = null;
        for (Token t : tokens()) {
          if (t.end() == b) {
            fin = t;
          }
        }
        if (fin != null && fin.start() > seps.get(seps.size() - 1) + 1) {
          last = new Token(text(seps.get(seps.size() - 1) + 1, fin.start()), "n",
              seps.get(seps.size() - 1) + 1, fin.start());
        }
      }
      String prefix = text(a, first.start());
      String suffix = text(last.end(), b);
      List<String> elements = new ArrayList<>();
      elements.add(first.word());
      for (int i = 0; i + 1 < seps.size(); i++) {
        elements.add(text(seps.get(i) + 1, seps.get(i + 1)));
      }
      elements.add(last.word());
      List<String> names = new ArrayList<>();
      for (String e : elements) {
        names.add(prefix + e + suffix);
      }
      return names;
    }

    String finalWord(String phrase) {
      String h = lexicon.endsWith(WordKind.HEAD, phrase, phrase.length());
      return h == null ? "" : h;
    }

    /** Indicators named with a trend but no number (乳腺癌人群筛查率逐步提高). */
    void missingValues() {
      List<String> stated = out.stream().map(Target::indicator).toList();
      int i = 0;
      while (i < s.length()) {
        int ce = clauseEnd(i);
        if (ce > i && !overlapsUsed(i, ce)) {
          missing(i, ce, stated);
        }
        i = ce + 1;
      }
    }

    boolean overlapsUsed(int a, int b) {
      for (int[] u : used) {
        if (u[0] < b && a < u[1]) {
          return true;
        }
      }
      return false;
    }

    void missing(int cs, int ce, List<String> stated) {
      for (int p = cs; p < ce; p++) {
        String w = lexicon.startsWith(WordKind.TREND, s, p);
        if (w == null) {
          continue;
        }
        int[] st = strip(cs, p);
        String ind = text(st[0], st[1]);
        if (endsWithHead(ind) && stated.stream().noneMatch(ind::equals)) {
          add(ind, cs, p + w.length());
        }
        return;
      }
      String lead = lexicon.startsWith(WordKind.TREND_LEAD, s, cs);
      if (lead != null) {
        int[] st = strip(cs + lead.length(), ce);
        String ind = text(st[0], st[1]);
        if (endsWithHead(ind) && ind.length() <= 24 && stated.stream().noneMatch(ind::equals)) {
          add(ind, cs, ce);
        }
      }
    }

    void add(String ind, int from, int to) {
      String id = catalogue.match(ind).map(IndicatorCatalogue.Indicator::id).orElse(null);
      out.add(new Target(ind, id, null, null, null, null, f.raw(from, to), f.span(from, to, base),
          TargetStatus.MISSING_VALUE, null, List.of()));
    }
  }

  /** Marks characters inside “…” / "…" / 「…」, where numbers name things (“15分钟生活圈”). */
  static boolean[] quotes(String s) {
    boolean[] q = new boolean[s.length() + 1];
    boolean in = false;
    boolean ascii = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '「' || c == '‘') {
        in = true;
      } else if (c == '”' || c == '」' || c == '’') {
        in = false;
      } else if (c == '"') {
        ascii = !ascii;
      }
      q[i] = in || ascii;
    }
    return q;
  }
}
