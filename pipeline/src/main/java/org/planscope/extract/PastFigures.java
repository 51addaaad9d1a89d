package org.planscope.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.extract.ComparatorChain.Chain;
import org.planscope.extract.QuantityFinder.Kind;
import org.planscope.extract.QuantityFinder.Quantity;
import org.planscope.extract.TargetLexicon.Cue;
import org.planscope.extract.TargetLexicon.CueKind;

/**
 * The past-figure stage: a value printed as what was reached (从2020年的13.1/10万, 2020年为5.1‰,
 * 由91.2%, 2020年全县…为12.5/10万) is the baseline of the next target of the same unit, never a
 * target itself. Reads the figure's base year and the indicator it is printed for.
 */
final class PastFigures {
  /** Before a past figure: 从2020年的 / 由 / 由目前的 / （2020年为 / 2020年为. */
  private static final Pattern BASELINE_LEAD = Pattern.compile(
      "(?:[（(]?(?:从|由)(?:(?:19|20)\\d\\d年(?:底|末)?的?|(?:目前|现在|现阶段|当前)的?"
      + "|[“\"]?十[一二三四五]五[”\"]?(?:时期|期)?末的?)?"
      + "|[（(]?(?<![到至])(?:19|20)\\d\\d年(?:底|末)?(?:为|是)|(?:目前|现在|现阶段|当前)(?:为|是))$");

  /**
   * A past figure: its value, base year (may be null), the indicator printed before it (may be
   * empty or null) and the folded offset where reading resumes after it.
   */
  /** A sentence that opens on the present or a past date: 目前, 截至2020年底, 截止目前. */
  private static final Pattern NOW = Pattern.compile("(?:(?:截至|截止)(?:(?:19|20)\\d\\d年(?:\\d{1,2}月)?(?:底|末)?"
      + "|目前|当前)"
      + "|到目前为止|目前|当前|现阶段|现在)[，,]?");
  /** What a figure reached: 达到, 达. */
  private static final Pattern REACHED = Pattern.compile("为|达到|达|是");
  /** What is due, not what is: 力争, 到2025年. */
  private static final Pattern DUE = Pattern.compile("力争|争取|努力|确保|计划|预计|规划期|期末|到(?:19|20)\\d\\d");

  record Baseline(Quantity value, Integer year, String indicator, int end) {}

  private final TargetLexicon lexicon;
  private final FoldedText f;
  private final String s;
  private final Clauses clauses;
  private final StageYears years;
  private final ComparatorChain chains;
  private final IndicatorPhrase phrase;

  PastFigures(TargetLexicon lexicon, FoldedText f, Clauses clauses, StageYears years,
      ComparatorChain chains, IndicatorPhrase phrase) {
    this.lexicon = lexicon;
    this.f = f;
    this.s = f.s;
    this.clauses = clauses;
    this.years = years;
    this.chains = chains;
    this.phrase = phrase;
  }

  /**
   * The past figure {@code q} is, or null when it is not one.
   *
   * @param prevEnd where the last target or figure of the clause ended, -1 for none
   * @param prevIndicator the last target's indicator: a figure printed without one takes it
   */
  Baseline read(Quantity q, int prevEnd, String prevIndicator) {
    if (q.kind() == Kind.POINTS || q.kind() == Kind.TIMES) {
      return null;
    }
    // a count or a value in years is a baseline after an explicit lead (从2020年的5.8张, 由77.5岁)
    // or as a past figure with 为 (截至2020年底，全县儿童之家为120个), not after a bare year
    boolean leadOnly = q.kind() == Kind.MEASURE || q.kind() == Kind.COUNT;
    if (leadOnly && calendarYear(q)) {
      return null; // 由2020年的20.1%: the year of the figure that follows
    }
    int cs = clauses.clauseStart(q.start());
    int from = Math.max(cs, prevEnd > cs && prevEnd <= q.start() ? prevEnd : cs);
    Matcher m = BASELINE_LEAD.matcher(s).region(Math.max(from, q.start() - 12), q.start());
    if (!m.find() || leadOnly && !explicitLead(m.group())) {
      return withIs(q, from);
    }
    int lead = m.start();
    IndicatorPhrase.Bounds st = phrase.bounds(from, lead);
    String indicator = st.end() > st.start() ? f.d.substring(st.start(), st.end()) : prevIndicator;
    int end = endOf(q);
    if (end < s.length() && (s.charAt(end) == '）' || s.charAt(end) == ')')) {
      end++;
    }
    return new Baseline(q, years.baseYear(lead, q.start()), indicator, end);
  }

  private static boolean calendarYear(Quantity q) {
    return "年".equals(q.unit()) && q.value() != null && q.value().scale() <= 0
        && q.value().intValue() >= 1900 && q.value().intValue() <= 2100;
  }

  /** 从 / 由 (with or without a year), not a year with 为. */
  private static boolean explicitLead(String lead) {
    String l = lead.startsWith("（") || lead.startsWith("(") ? lead.substring(1) : lead;
    return l.startsWith("从") || l.startsWith("由");
  }

  /**
   * A past figure with 为 in a sentence that names its year first (2020年全县…为12.5/10万), or
   * with 为, 达到 or 占 and no bound in a sentence that opens on 截至2020年底 or 目前 (目前全市持证社会工作者达到
   * 8.6万人; 截至2021年底，…老年人口达8.5万人，占总人口的21.3%): what is, not what is due.
   */
  private Baseline withIs(Quantity q, int from) {
    Chain c = chains.chain(from, q);
    if (c == null) {
      return null;
    }
    int ss = clauses.sentenceStart(q.start());
    Matcher now = NOW.matcher(s).region(ss, q.start());
    // the date opens the sentence, and nothing due is named between it and the figure
    boolean asOf = now.lookingAt() && (now.end() >= from - 1
        || !DUE.matcher(s).region(now.end(), q.start()).find());
    String cue = c.nearest().text();
    CueKind kind = c.nearest().kind();
    boolean is = cue.equals("为") && c.gapStart() == q.start();
    // as of a date, what there is (有托育机构12家), a share (占总人口的21.3%) or a level reached
    boolean reached = asOf && lexicon.postAt(s, q.end()) == null && (kind == CueKind.PROVISION
        || kind == CueKind.SHARE || REACHED.matcher(cue).matches() && c.gapStart() == q.start());
    if (!is && !reached) {
      return null;
    }
    Integer y = years.baseYear(ss, q.start());
    if (y == null && !asOf || years.year(ss, q.start()) != null) {
      return null;
    }
    from = asOf ? Math.max(from, now.end()) : from;
    IndicatorPhrase.Bounds st = phrase.bounds(from, c.start());
    return new Baseline(q, y, f.d.substring(st.start(), st.end()), endOf(q));
  }

  private int endOf(Quantity q) {
    Cue post = lexicon.postAt(s, q.end());
    return q.end() + (post == null ? 0 : post.text().length());
  }
}
