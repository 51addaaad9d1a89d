package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import org.planscope.extract.QuantityFinder.Kind;
import org.planscope.extract.QuantityFinder.Quantity;
import org.planscope.extract.TargetLexicon.WordKind;
import org.planscope.model.Span;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;
import org.planscope.model.Warning;
import org.planscope.text.HanLpSegmenter;
import org.planscope.text.Segmenter;

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
 *       item, else the plan's end year; base years of changes;
 *   <li>past figures ({@link PastFigures}): 从2020年的13.1/10万, 2020年为5.1‰ become the next
 *       target's baseline and are never targets;
 *   <li>borrowed nouns ({@link ContextNouns}): a count's or a short verb-first indicator's object
 *       from the clause or sentence before it;
 *   <li>missing values ({@link MissingValues}): indicators with a trend and no number.
 * </ol>
 *
 * <p>{@link FoldedText} holds the folded text and its offset map, {@link Clauses} its clause and
 * sentence bounds, {@link TargetReader} the state of one call.
 *
 * <p>Years, ages, numbers in quotes (“15分钟生活圈”), numbers without a target unit (12345) and
 * values that modify a noun (超过200人的企业) are not targets. Each target links to the {@link
 * IndicatorCatalogue} when one fits.
 *
 * <p>Thread-safe: lexicons and patterns are built once, every call works on its own state.
 */
public final class TargetExtractor {
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
    return extract(text, -1, span, endYear);
  }

  /**
   * @param titleLineEnd where the text's title line ends (an item under its heading line:
   *     推进紧密型县域医共体建设⏎组建两个……), or -1; no indicator reaches back into the title
   */
  public List<Target> extract(String text, int titleLineEnd, Span span, Integer endYear) {
    FoldedText f = FoldedText.of(text, titleLineEnd);
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
    TargetReader run = new TargetReader(segmenter, lexicon, catalogue, splitter, f,
        span == null ? 0 : span.start());
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
    return List.copyOf(PerCapitaBases.share(text, span == null ? 0 : span.start(), run.out,
        name -> catalogue.match(name).map(IndicatorCatalogue.Indicator::id).orElse(null)));
  }

  private static final java.util.Set<String> RATE_UNITS = java.util.Set.of("%", "‰",
      QuantityFinder.PER_100K, QuantityFinder.PER_10K);

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
        out.add(new Warning("TARGET_UNIT_DOUBTFUL", t.indicator() + ": the unit " + t.unit()
            + " is not the catalogue's " + expected + " (‰ is often printed as %); the value is"
            + " kept as printed", t.span(), List.of(t.indicator(), t.unit(), expected)));
      }
    }
    return out;
  }
}
