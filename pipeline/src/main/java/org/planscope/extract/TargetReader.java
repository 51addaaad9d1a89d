package org.planscope.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.planscope.text.Segmenter;

/**
 * The targets of one item's text, value group by value group, in the order {@link TargetExtractor}
 * hands them over: a past figure is kept as the next target's baseline ({@link PastFigures}); a
 * value group is checked for being a target at all, given its comparator, named (its clause's
 * indicator phrase, a repeated or completed one, a count's noun, a share) and written with its
 * years and qualifiers; indicators without a value are added at the end ({@link MissingValues}).
 * One instance per call; it carries what a later value borrows from an earlier one.
 */
final class TargetReader {
  private static final Pattern PER_YEAR = Pattern.compile("(?:每年|年均)");
  /** A count's range as its value text: 8-10 (达到8—10家). */
  private static final Pattern COUNT_RANGE = Pattern.compile("\\d+(?:\\.\\d+)?-\\d+(?:\\.\\d+)?");
  private static final Pattern COVER = Pattern.compile("全?覆盖(?!率|面)");
  /** An amount's or a measure's name (总规模, 满意度, 养育标准): its own, never a place before one's. */
  private static final Pattern AMOUNT = Pattern.compile(
      "(?:规模|总额|产值|总值|总量|收入|金额|面积|产量|总数|投入|支出|增加值|资金|经费"
      + "|满意度|知晓度|水平|指数|系数|标准|时间|时长|密度)$");
  private static final Pattern ALREADY_FROM = Pattern.compile("已经?(?:由|从)");
  private static final Set<String> AGES = Set.of("岁", "年");
  private static final Pattern ELIMINATED = Pattern.compile("(?:消除|杜绝|取缔|消灭|根除)$"); // …56人以上大班额
  /** Where or how a rate is counted, a qualifier: 接种率以乡镇为单位…, 覆盖率在城乡社区分别达到…. */
  private static final Pattern SCOPE = Pattern.compile("以(?:[^，。；、以为（）()]|[（(][^）)]{1,8}[）)]){1,12}为单位$"
      + "|在[^，。；、在]{0,6}(?:社区|地区|学校|乡镇|农村|城市|城镇|城乡|县域|辖区|全县|全市|全区)$");
  private static final Pattern AGE = Pattern.compile("\\d+(?:[-—–~～至到]\\d+)?岁(?:及以上|以上|以下|及以下)?");

  private final TargetLexicon lexicon;
  private final IndicatorCatalogue catalogue;
  private final CoordinationSplitter splitter;
  private final FoldedText f;
  private final String s;
  private final int base;
  private final boolean[] quoted;
  private final Clauses clauses;
  private final StageYears years;
  private final ComparatorChain chains;
  private final IndicatorPhrase phrase;
  private final ContextNouns nouns;
  private final CountNames counts;
  private final PastFigures pastFigures;
  private final MissingValues missingValues;
  final List<Target> out = new ArrayList<>();
  /** A past figure waiting for the target it is the baseline of. */
  private PastFigures.Baseline baseline;
  /** Folded ranges already read as part of a target (so a clause is not reused). */
  private final List<int[]> used = new ArrayList<>();
  private int prevEnd = -1;
  private String prevCore;
  /** The last target's indicator: a stage clause without one (，到2030年达到90%) repeats it. */
  private String prevIndicator;
  /** The indicator a later stage repeats: the last one not of a subgroup (其中农村社区达到85%). */
  private String stageIndicator;
  /** Where the clause of the last share that opened with its value ends (90%以上的…). */
  private int shareEnd = -1;
  private String prevUnit;
  private boolean prevRelative;
  private Op prevOp;

  TargetReader(Segmenter segmenter, TargetLexicon lexicon, IndicatorCatalogue catalogue,
      CoordinationSplitter splitter, FoldedText f, int base) {
    this.lexicon = lexicon;
    this.catalogue = catalogue;
    this.splitter = splitter;
    this.f = f;
    this.s = f.s;
    this.base = base;
    this.quoted = FoldedText.quotes(s);
    this.clauses = new Clauses(s, f.runInTitleEnd());
    this.years = new StageYears(s);
    this.chains = new ComparatorChain(lexicon, s);
    this.phrase = new IndicatorPhrase(lexicon, s);
    this.nouns = new ContextNouns(segmenter, catalogue, f, clauses);
    this.counts = new CountNames(f, nouns, splitter);
    this.pastFigures = new PastFigures(lexicon, f, clauses, years, chains, phrase);
    this.missingValues = new MissingValues(lexicon, catalogue, f, clauses, phrase, base);
  }

  /** Folded {@code [a, b)} as printed (full-width brackets kept). */
  private String text(int a, int b) {
    return f.d.substring(a, b);
  }

  /** Between two listed values: the joiner after the first one's post cue (25%以上和15%). */
  String joiner(int from, int to) {
    Cue post = lexicon.postAt(s, from);
    if (post != null && from + post.text().length() <= to) {
      from += post.text().length();
    }
    return s.substring(from, to);
  }

  /** A past figure (从2020年的13.1/10万, 2020年为5.1‰) is the baseline of the next target of its unit. */
  boolean baseline(Quantity q) {
    PastFigures.Baseline b = pastFigures.read(q, prevEnd, prevIndicator);
    if (b == null) {
      return false;
    }
    baseline = b;
    prevEnd = b.end();
    return true;
  }

  /** Reads one value group (one value, or a list under one comparator) as targets, if it is. */
  void target(List<Quantity> group) {
    Reading r = candidate(group);
    if (r == null) {
      return;
    }
    comparator(r);
    subject(r);
    if (!name(r) || r.indicator.isEmpty() || r.indicator.endsWith("学制")) {
      return; // 学前教育学制为3年: how long a stage lasts, no target
    }
    emit(r, group);
  }

  /** The value group's clause and cues, or null when it is not a target (a fact, a modifier …). */
  private Reading candidate(List<Quantity> group) {
    Reading r = new Reading();
    Quantity q = group.get(0);
    r.q = q;
    r.last = group.get(group.size() - 1);
    if (quoted[q.start()] || q.start() > 0 && "第每".indexOf(s.charAt(q.start() - 1)) >= 0) {
      return null; // “15分钟生活圈”, 第3, 每5年
    }
    r.cs = clauses.clauseStart(q.start());
    r.ce = clauses.clauseEnd(r.last.end());
    r.rs = prevEnd > r.cs && prevEnd <= q.start() ? prevEnd : r.cs;
    r.after = r.last.end();
    r.post = lexicon.postAt(s, r.after);
    if (r.post != null) {
      r.after += r.post.text().length();
    }
    r.chain = chains.chain(r.rs, q);
    if (r.chain != null && r.chain.nearest().kind() == CueKind.FACT) {
      return null; // 全县共有3所中学: a figure of what exists
    }
    if (q.start() < shareEnd && q.kind() == Kind.COUNT) {
      // 90%以上的城乡社区建设1所…儿童之家, 80%以上的村卫生室能够提供4类以上…: what each does
      return null;
    }
    if (ALREADY_FROM.matcher(s).region(r.cs, q.start()).find()) {
      return null; // 毛入学率已由2015年的85%提高到92.5%: a change that has happened
    }
    r.count = q.kind() == Kind.COUNT;
    boolean followedByOf = r.after < s.length() && s.charAt(r.after) == '的';
    if ((r.count || q.kind() == Kind.MEASURE || q.kind() == Kind.RATIO) && (followedByOf
        || r.post != null && ELIMINATED.matcher(s).region(0, q.start()).find())) {
      return null; // 超过200人的企业, 1:1的比例, 消除56人以上大班额: the value modifies a noun
    }
    if (r.count && r.after < s.length() && s.startsWith("或", r.after)) {
      return null; // 建筑面积超过1万平方米或者…的公共场所
    }
    r.quantifierFirst = !r.count && q.kind() != Kind.MEASURE && followedByOf;
    if (q.kind() == Kind.MEASURE) {
      // a level (达到78岁, 寿命达到80岁左右) or a change (提高1岁), right before the value; not 65岁以上老年人,
      // 到2025年, 学前3年, 为65岁及以上妇女, 学制为3年左右 (an age or span bounded from above or about)
      CueKind kind = r.chain == null ? null : r.chain.nearest().kind();
      if (r.chain == null || r.chain.gapStart() != q.start()
          || kind != CueKind.PLAIN && kind != CueKind.UP && kind != CueKind.DOWN
          || r.post != null && r.post.op() != Op.GE && AGES.contains(q.unit())
              && !(r.post.op() == Op.APPROX && (lexicon.endsWith(WordKind.HEAD, s, r.chain.start()) != null
                  || r.chain.start() == r.cs && prevIndicator != null && endsWithHead(prevIndicator)))
          || r.after < s.length() && !clauses.boundary(r.after) && s.charAt(r.after) != '、') {
        return null; // 35微克/立方米以下 after its verb is a target
      }
    }
    if (r.count && r.chain == null && (r.post == null || r.after < s.length()
        && !clauses.boundary(r.after) && !nouns.verbEndsAt(q.start()))) {
      // 医生1.12名、床位3.17张: a count after another takes its comparator and subject; a bounded
      // count at the clause's end (培训妇女1000人次以上) or a verb's object (帮助1000名以上妇女) needs none
      if (counts.prevSubject() == null || r.rs != prevEnd || "、和及".indexOf(s.charAt(r.rs)) < 0) {
        return null;
      }
      r.continued = true;
    } else if (r.count && r.chain == null && counts.spreading() && r.rs == prevEnd
        && "、和及".indexOf(s.charAt(r.rs)) >= 0) {
      r.continued = true; // 小学、初中班额分别控制在45人、50人以内: the next name of the list
    }
    if (q.kind() == Kind.FRACTION && r.chain == null && r.post == null && !r.quantifierFirst) {
      return null;
    }
    return r;
  }

  /** The comparator, and whether the value is a change (relative) and a fall (down). */
  private void comparator(Reading r) {
    Quantity q = r.q;
    Chain chain = r.chain;
    Cue post = r.post;
    Op op = r.continued ? prevOp : ComparatorChain.op(post, chain, r.count);
    r.down = chain != null && chain.nearest().kind() == CueKind.DOWN
        && chain.gapStart() == q.start();
    r.relative = r.down || q.kind() == Kind.POINTS || q.kind() == Kind.TIMES
        || chain != null && chain.nearest().kind() == CueKind.UP && chain.gapStart() == q.start();
    if (q.kind() == Kind.RANGE
        || q.valueText() != null && COUNT_RANGE.matcher(q.valueText()).matches()) {
      op = Op.EQ; // 达到50%—55%, 达到8—10家: a range is the target, whatever the verb
    } else if (r.down) {
      // a fall is read on the signed change: 下降10%以上 → change <= -10
      op = post == null || post.op() == Op.GE ? Op.LE : post.op() == Op.LE ? Op.GE : post.op();
    } else if (r.relative && post == null
        && (chain == null || chain.nearest().kind() == CueKind.UP)) {
      op = Op.GE;
    }
    if (r.relative && q.kind() == Kind.POINTS && chain != null && chain.gapStart() == q.start()
        && chain.nearest().kind() == CueKind.PLAIN && post == null) {
      op = chain.nearest().op();
    }
    r.op = op;
  }

  /** The indicator phrase before the chain, or the one a stage clause or past figure repeats. */
  private void subject(Reading r) {
    r.subjEnd = r.chain == null ? r.q.start() : r.chain.start();
    r.subj = strip(r.rs, r.subjEnd);
    boolean figure = baseline != null && baseline.indicator() != null
        && !baseline.indicator().isEmpty();
    if (r.subj[1] <= r.subj[0] && (!r.count || figure) && !r.quantifierFirst) {
      // a stage (，到2030年达到90%; ，力争达到80%) repeats the last indicator; a target after its
      // past figure (从2020年的13.1/10万下降到…, 从2020年的5.8张增加到6.5张) takes the figure's
      // (or a level after the change that leads to it: 比2020年提高1岁，达到79岁左右)
      String again = figure ? baseline.indicator() : !r.count
          && (years.stage(r.rs, r.subjEnd, clauses.previous(r.rs))
              || prevRelative) ? stageIndicator : null;
      if (again != null) {
        r.subj = new int[] {r.subj[0], r.subj[0], 0, 1};
        r.reuse = again;
      }
    }
    r.spread = r.chain != null && r.chain.spread() || r.subj[2] == 1;
    r.rawStart = Math.max(r.rs, phrase.skipSeparators(r.rs, r.subjEnd));
    r.rawEnd = r.after;
    r.subject = r.reuse != null ? r.reuse : text(r.subj[0], r.subj[1]);
  }

  /** A benefit paid as a share ({@link BenefitShares}): names it, with its comparator. */
  private boolean nameBenefit(Reading r) {
    if (r.count || r.q.kind() != Kind.PERCENT || r.post != null) {
      return false;
    }
    int ss = clauses.sentenceStart(r.cs);
    String opening = ss < r.cs ? text(ss, Math.min(r.cs, clauses.clauseEnd(ss))) : "";
    BenefitShares.Share b = BenefitShares.read(s, r.rs, r.q.start(), r.after, r.ce, opening);
    if (b == null) {
      return false;
    }
    r.op = b.op();
    r.relative = false;
    r.indicator = b.indicator();
    r.core = r.indicator;
    r.rawStart = Math.max(r.rs, phrase.skipSeparators(r.rs, r.q.start()));
    r.rawEnd = b.end();
    return true;
  }

  /** Names the indicator (and its core for the next value); false when the value has none. */
  private boolean name(Reading r) {
    Chain chain = r.chain;
    if (nameBenefit(r)) {
      return true;
    }
    if (r.count) {
      counts.name(r);
      if (chain != null && chain.gapStart() < r.q.start() && chain.nearest().kind() != CueKind.PROVISION
          && !r.indicator.startsWith("每")) {
        r.indicator = text(chain.gapStart(), r.q.start()) + r.indicator; // 达到每千名老人30张
      }
    } else if (r.quantifierFirst) {
      nouns.nameShareOf(r); // 95%以上的乡镇建立妇女之家 → 建立妇女之家的乡镇比例
    } else if (chain != null && (chain.nearest().kind() == CueKind.SHARE || chain.whole())
        && chain.gapStart() < r.q.start()) {
      String of = text(chain.gapStart(), r.q.start());
      if (of.endsWith("的")) {
        of = of.substring(0, of.length() - 1);
      }
      r.indicator = chains.shareName(r.subject, chain, of);
      r.core = r.indicator;
    } else {
      boolean named = namePlain(r);
      if (named && chain != null && chain.nearest().kind() == CueKind.SHARE
          && !r.indicator.isEmpty() && !endsWithHead(r.indicator)) {
        r.indicator += "比例"; // 城镇新增就业中女性占四成以上: the subject's share
        r.core = r.indicator;
      }
      return named;
    }
    return true;
  }

  /**
   * A rate or level named before its comparator; without a name, the previous clause's
   * (孕产妇系统管理率，达到90%), or the last indicator with this clause's place (农村达到60%).
   */
  private boolean namePlain(Reading r) {
    Quantity q = r.q;
    String place = lexicon.endsWith(WordKind.PLACE, r.subject, r.subject.length());
    if (place != null && place.length() < r.subject.length()) {
      // 院前急救平均反应时间城市地区不超过12分钟: the place the value is for leads the name
      String rest = r.subject.substring(0, r.subject.length() - place.length());
      r.subject = place + (rest.endsWith("在") ? rest.substring(0, rest.length() - 1) : rest);
    }
    r.indicator = r.subject;
    r.core = r.subject;
    if (r.indicator.isEmpty()) {
      if (r.relative && q.kind() != Kind.TIMES) {
        return false; // 比2020年提高3个百分点 with nothing named
      }
      int[] prev = previousClause(r.cs);
      if (prev == null) {
        return false;
      }
      int ps = prev[0];
      String lead = lexicon.startsWith(WordKind.TREND_LEAD, s, ps);
      if (lead != null) {
        ps += lead.length();
      }
      int[] st = strip(ps, phrase.withoutAim(ps, prev[1]));
      r.indicator = text(st[0], st[1]);
      r.core = r.indicator;
      r.rawStart = prev[0];
      used.add(new int[] {prev[0], prev[1]});
    } else if (r.reuse == null && r.indicator.startsWith("占") && prevCore != null
        && prevCore.indexOf('占') < 0) {
      // 体育产业增加值年均增长8%，占全市地区生产总值比重达到3.5%: the last subject's share
      r.indicator = prevCore + r.indicator;
      r.core = r.indicator;
    } else if (r.reuse == null) {
      String own = lexicon.startsWith(WordKind.PLACE, r.indicator, 0);
      // 农村达到60% after 城市社区…覆盖率: the place replaces the last indicator's place; a name of
      // its own (体育消费总规模达到30亿元) is none
      if (!endsWithHead(r.indicator) && prevCore != null && q.unit().equals(prevUnit)
          && !AMOUNT.matcher(r.indicator).find()) {
        String theirs = lexicon.startsWith(WordKind.PLACE, prevCore, 0);
        if (own == null && theirs == null) { // 男性…寿命达到77.5岁，女性达到82岁: a population the same
          own = lexicon.startsWith(WordKind.POPULATION, r.indicator, 0);
          theirs = lexicon.startsWith(WordKind.POPULATION, prevCore, 0);
        }
        r.indicator = own != null && theirs != null && own.length() == r.indicator.length()
            ? r.indicator + prevCore.substring(Math.min(theirs.length(), own.length()))
            : phrase.elliptical(r.indicator, prevCore);
        r.core = prevCore; // the next ellipsis (…，农村学校不低于45%) completes from the same core
      } else {
        r.indicator = nouns.complete(r.subj[0], r.subj[1], r.cs, r.indicator);
        // 5岁以下儿童生长迟缓率控制在7%以下，低体重率… / 适龄妇女乳腺癌筛查率…，宫颈癌筛查率…: the
        // last rate's (aged) population, in one sentence
        r.indicator = prevEnd > 0 && clauses.sentenceStart(r.cs) == clauses.sentenceStart(prevEnd - 1)
            ? splitter.parallelLead(splitter.agedPopulation(r.indicator, prevIndicator),
                prevIndicator) : r.indicator;
        r.indicator = r.rs == prevEnd && r.rs < s.length() && s.charAt(r.rs) == '、'
            ? splitter.siblingRate(r.indicator, prevIndicator)
            : s.startsWith("其中", r.rawStart) ? splitter.subgroupOf(r.indicator, prevIndicator)
            : r.indicator;
        r.core = r.indicator;
        int[] prev = previousClause(r.cs);
        if (prev != null && lexicon.endsWith(WordKind.TOPIC_END, s, prev[1]) != null) {
          r.indicator = text(prev[0], prev[1]) + r.indicator;
        }
      }
    }
    Matcher cover = COVER.matcher(s).region(r.after, s.length());
    if (q.kind() == Kind.PERCENT && !endsWithHead(r.indicator) && cover.lookingAt()) {
      r.indicator += "覆盖率"; // 远程医疗服务实现100%全覆盖: the share covered
      r.rawEnd = cover.end();
    }
    // a bare percentage without a comparator or an indicator head is not a target
    return r.chain != null || r.post != null || endsWithHead(r.indicator) || r.relative;
  }

  /** Writes the group's targets: one per name and value, with years, baseline and qualifiers. */
  private void emit(Reading r, List<Quantity> group) {
    Quantity q = r.q;
    List<String> names = (r.spread || group.size() > 1) && !r.count && r.reuse == null
        ? splitter.split(r.indicator, group.size()) : List.of(r.indicator);
    if (!r.spread && group.size() == 1 && !r.count && r.reuse == null) {
      List<String> whole = splitter.splitWhole(r.indicator); // A率和B率保持在92%以上: both
      if (!whole.isEmpty()) {
        names = whole;
      }
    }
    if (names.isEmpty()) {
      names = List.of(r.indicator);
    }
    if (group.size() > 1 && names.size() != group.size()) {
      names = List.of(r.indicator);
    }
    String raw = f.raw(r.rawStart, r.rawEnd);
    Span span = f.span(r.rawStart, r.rawEnd, base);
    int ss = clauses.sentenceStart(q.start());
    Integer year = years.year(ss, q.start());
    if (year == null) {
      year = years.year(0, ss); // the goal's year: 到2025年，…；…达到90%
    }
    List<Integer> spreadYears = names.size() == 1 && group.size() > 1
        ? years.yearList(ss, q.start(), group.size()) : List.of();
    Integer baseYear = r.relative ? years.baseYear(ss, q.start()) : null;
    BigDecimal baseValue = null;
    if (baseline != null && !r.relative && baseline.value().unit().equals(q.unit())) {
      baseValue = baseline.value().value();
      baseYear = baseline.year();
    }
    baseline = null;
    List<String> perYear = new ArrayList<>();
    if (r.relative) {
      Matcher py = PER_YEAR.matcher(s).region(r.cs, q.start());
      if (py.find()) {
        perYear.add(py.group());
      }
    }
    for (int n = 0; n < Math.max(names.size(), group.size()); n++) {
      Quantity v = group.get(Math.min(n, group.size() - 1));
      Integer y = spreadYears.isEmpty() ? year : spreadYears.get(n);
      out.add(target(names.get(Math.min(n, names.size() - 1)), v, r, perYear, raw, span, y,
          baseValue, baseYear));
    }
    used.add(new int[] {r.rawStart, r.rawEnd});
    shareEnd = r.quantifierFirst ? r.rawEnd : shareEnd;
    if (!s.startsWith("其中", r.rawStart) || stageIndicator == null) {
      stageIndicator = prevIndicator;
    }
    prevEnd = r.count ? Math.max(r.after, r.rawEnd) : r.after; // a count's noun after its number
    prevCore = r.core;
    prevUnit = q.unit();
    prevRelative = r.relative;
    prevOp = r.op;
  }

  private Target target(String name, Quantity v, Reading r, List<String> perYear, String raw,
      Span span, Integer year, BigDecimal baseValue, Integer baseYear) {
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
    if (r.down) {
      value = value.negate();
      valueText = valueText == null ? null : "-" + valueText;
    }
    prevIndicator = name;
    return new Target(name, id, r.op, value, valueText, v.unit(), raw, span,
        TargetStatus.STATED, year, qualifiers, baseValue, r.relative, baseYear);
  }

  /** {@code [from, to)} as an indicator phrase: {start, end, spread(0|1)}. */
  private int[] strip(int from, int to) {
    IndicatorPhrase.Bounds b = phrase.bounds(from, to);
    return new int[] {b.start(), b.end(), b.spread() ? 1 : 0};
  }

  private boolean endsWithHead(String phrase) {
    return lexicon.endsWith(WordKind.HEAD, phrase, phrase.length()) != null;
  }

  /** The clause before the one starting at {@code cs}, unless already read: {start, end}. */
  private int[] previousClause(int cs) {
    int[] prev = clauses.previous(cs);
    if (prev == null) {
      return null;
    }
    for (int[] u : used) {
      if (u[0] < prev[1] && prev[0] < u[1]) {
        return null;
      }
    }
    return prev;
  }

  /** Adds the indicators named with a trend but no number (乳腺癌人群筛查率逐步提高). */
  void missingValues() {
    List<String> stated = out.stream().map(Target::indicator).toList();
    out.addAll(missingValues.find(stated, used));
  }
}
