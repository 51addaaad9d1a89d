package org.planscope.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planscope.lexicon.CueIndex;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Op;

/**
 * The cue words of the numeric-target reader, loaded once from {@code models/lexicon/}:
 * comparators ({@code comparators.tsv}), measure words ({@code quantity-units.tsv}) and the other
 * cues ({@code target-cues.tsv}). No Chinese word list lives in code.
 */
final class TargetLexicon {
  /** How a comparator cue is used. */
  enum CueKind { PLAIN, PROVISION, SHARE, UP, DOWN, FACT }

  enum Position { PRE, POST }

  /** One comparator cue: 达到 → GE, strength 1. */
  record Cue(String text, Op op, Position position, int strength, CueKind kind) {}

  enum UnitKind { COUNT, MEASURE }

  /** A measure word after a number: 名 → unit 名, a count, indicator suffix 人数. */
  record MeasureWord(String word, String unit, UnitKind kind, String suffix, List<String> notBefore) {}

  /** The kinds of {@code target-cues.tsv}; AIM_* rows are the audit's (QualitativeTargetFinder). */
  enum WordKind {
    LEAD, TRAIL, SPREAD, HEAD, TREND, TREND_LEAD, TOPIC_END, POPULATION, NOT_JOINER, PLACE,
    AIM_MODIFIER, AIM_VERB, SHARE_HEAD
  }

  final List<Cue> pre;
  final List<Cue> post;
  final Map<String, MeasureWord> measureWords;
  /** Words of each kind in a longest-match index. */
  private final Map<WordKind, CueIndex<String>> words = new EnumMap<>(WordKind.class);
  /** PRE cues, matched ending before a number; POST cues, matched starting after it. */
  private final CueIndex<Cue> preIndex;
  private final CueIndex<Cue> postIndex;

  TargetLexicon(Tsv comparators, Tsv units, Tsv cues) {
    List<Cue> preList = new ArrayList<>();
    List<Cue> postList = new ArrayList<>();
    comparators.require("cue", "op", "position", "strength", "kind");
    Set<String> seen = new HashSet<>();
    for (Tsv.Row r : comparators.rows()) {
      Position pos = r.enumValue("position", Position.class);
      if (!seen.add(pos + r.get("cue"))) {
        throw r.error("duplicate cue '" + r.get("cue") + "'");
      }
      int strength;
      try {
        strength = Integer.parseInt(r.get("strength"));
      } catch (NumberFormatException e) {
        throw r.error("strength is not a number: " + r.get("strength"));
      }
      Cue c = new Cue(r.get("cue"), r.enumValue("op", OpName.class).op, pos, strength,
          r.enumValue("kind", CueKind.class));
      (pos == Position.PRE ? preList : postList).add(c);
    }
    // longest first, so that at one position 达到并保持在 wins over 保持在
    Comparator<Cue> longest = Comparator.comparingInt((Cue c) -> c.text().length()).reversed();
    preList.sort(longest);
    postList.sort(longest);
    this.pre = List.copyOf(preList);
    this.post = List.copyOf(postList);
    units.require("word", "unit", "kind", "suffix", "not_before");
    Map<String, MeasureWord> mw = new HashMap<>();
    for (Map.Entry<String, Tsv.Row> e : units.unique("word").entrySet()) {
      Tsv.Row r = e.getValue();
      mw.put(e.getKey(), new MeasureWord(e.getKey(), r.get("unit"),
          r.enumValue("kind", UnitKind.class), r.opt("suffix") == null ? "" : r.opt("suffix"),
          r.list("not_before")));
    }
    this.measureWords = Map.copyOf(mw);
    cues.require("cue", "kind");
    Map<WordKind, List<String>> lists = new EnumMap<>(WordKind.class);
    for (WordKind k : WordKind.values()) {
      lists.put(k, new ArrayList<>());
    }
    for (Tsv.Row r : cues.rows()) {
      lists.get(r.enumValue("kind", WordKind.class)).add(r.get("cue"));
    }
    lists.forEach((k, l) -> words.put(k, CueIndex.of(l)));
    this.preIndex = new CueIndex<>(pre, Cue::text);
    this.postIndex = new CueIndex<>(post, Cue::text);
  }

  /** The op names used in the data files. */
  enum OpName {
    GE(Op.GE), LE(Op.LE), EQ(Op.EQ), APPROX(Op.APPROX), GT(Op.GT), LT(Op.LT);

    final Op op;

    OpName(Op op) {
      this.op = op;
    }
  }

  /** Words of a kind, longest first. */
  List<String> words(WordKind kind) {
    return words.get(kind).entries();
  }

  /** The longest word of a kind that {@code s} starts with at {@code from}, or null. */
  String startsWith(WordKind kind, CharSequence s, int from) {
    return words.get(kind).at(s, from);
  }

  /** The longest word of a kind that {@code s} ends with just before {@code to}, or null. */
  String endsWith(WordKind kind, CharSequence s, int to) {
    return words.get(kind).endingAt(s, to);
  }

  static boolean regionMatches(CharSequence s, int from, String w) {
    return CueIndex.regionMatches(s, from, w);
  }

  /** The POST cue at {@code from}, or null. */
  Cue postAt(CharSequence s, int from) {
    return postIndex.at(s, from);
  }

  /** The longest PRE cue ending exactly at {@code to}, or null. */
  Cue preEndingAt(CharSequence s, int to) {
    return preIndex.endingAt(s, to);
  }

  private static final class DefaultHolder {
    static final TargetLexicon INSTANCE = new TargetLexicon(
        Tsv.model("lexicon/comparators.tsv"), Tsv.model("lexicon/quantity-units.tsv"),
        Tsv.model("lexicon/target-cues.tsv"));
  }

  /** The project lexicon, loaded on first use. */
  static TargetLexicon shared() {
    return DefaultHolder.INSTANCE;
  }
}
