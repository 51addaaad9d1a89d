package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import org.planscope.extract.TargetLexicon.WordKind;
import org.planscope.model.Target;
import org.planscope.model.TargetStatus;

/**
 * The missing-value stage: indicators named with a trend but no number, one {@link
 * TargetStatus#MISSING_VALUE} target each — 乳腺癌人群筛查率逐步提高 (trend after the indicator), 提高
 * 孕产妇系统管理率 (trend lead before it). Clauses already read as part of a stated target, and
 * indicators stated elsewhere in the item, are skipped.
 */
final class MissingValues {
  private final TargetLexicon lexicon;
  private final IndicatorCatalogue catalogue;
  private final FoldedText f;
  private final Clauses clauses;
  private final IndicatorPhrase phrase;
  private final int base;

  MissingValues(TargetLexicon lexicon, IndicatorCatalogue catalogue, FoldedText f, Clauses clauses,
      IndicatorPhrase phrase, int base) {
    this.lexicon = lexicon;
    this.catalogue = catalogue;
    this.f = f;
    this.clauses = clauses;
    this.phrase = phrase;
    this.base = base;
  }

  /**
   * @param stated the indicators of the item's stated targets
   * @param used folded ranges {start, end} already read as part of a target
   */
  List<Target> find(List<String> stated, List<int[]> used) {
    List<Target> out = new ArrayList<>();
    String s = f.s;
    int i = 0;
    while (i < s.length()) {
      int ce = clauses.clauseEnd(i);
      if (ce > i && !overlaps(used, i, ce)) {
        clause(i, ce, stated, out);
      }
      i = ce + 1;
    }
    return out;
  }

  private static boolean overlaps(List<int[]> used, int a, int b) {
    for (int[] u : used) {
      if (u[0] < b && a < u[1]) {
        return true;
      }
    }
    return false;
  }

  private void clause(int cs, int ce, List<String> stated, List<Target> out) {
    String s = f.s;
    for (int p = cs; p < ce; p++) {
      String w = lexicon.startsWith(WordKind.TREND, s, p);
      if (w == null) {
        continue;
      }
      String ind = indicator(cs, p);
      if (endsWithHead(ind) && stated.stream().noneMatch(ind::equals)) {
        out.add(target(ind, cs, p + w.length()));
      }
      return;
    }
    String lead = lexicon.startsWith(WordKind.TREND_LEAD, s, cs);
    if (lead != null) {
      String ind = indicator(cs + lead.length(), ce);
      if (endsWithHead(ind) && ind.length() <= 24 && stated.stream().noneMatch(ind::equals)) {
        out.add(target(ind, cs, ce));
      }
    }
  }

  private String indicator(int from, int to) {
    IndicatorPhrase.Bounds b = phrase.bounds(from, to);
    return f.d.substring(b.start(), b.end());
  }

  private boolean endsWithHead(String phrase) {
    return lexicon.endsWith(WordKind.HEAD, phrase, phrase.length()) != null;
  }

  private Target target(String ind, int from, int to) {
    String id = catalogue.match(ind).map(IndicatorCatalogue.Indicator::id).orElse(null);
    return new Target(ind, id, null, null, null, null, f.raw(from, to), f.span(from, to, base),
        TargetStatus.MISSING_VALUE, null, List.of());
  }
}
