package org.planscope.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  enum WordKind { LEAD, TRAIL, SPREAD, HEAD, TREND, TREND_LEAD, TOPIC_END, POPULATION, NOT_JOINER, PLACE }

  final List<Cue> pre;
  final List<Cue> post;
  final Map<String, MeasureWord> measureWords;
  private final Map<WordKind, List<String>> words = new EnumMap<>(WordKind.class);
  /** Words of each kind by first and by last character, longest first: most positions miss. */
  private final Map<WordKind, Map<Character, List<String>>> byFirst = new EnumMap<>(WordKind.class);
  private final Map<WordKind, Map<Character, List<String>>> byLast = new EnumMap<>(WordKind.class);
  /** PRE cues by last character and POST cues by first character, longest first. */
  private final Map<Character, List<Cue>> preByLast = new HashMap<>();
  private final Map<Character, List<Cue>> postByFirst = new HashMap<>();

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
    for (WordKind k : WordKind.values()) {
      words.put(k, new ArrayList<>());
    }
    for (Tsv.Row r : cues.rows()) {
      words.get(r.enumValue("kind", WordKind.class)).add(r.get("cue"));
    }
    for (WordKind k : WordKind.values()) {
      List<String> l = words.get(k);
      l.sort(Comparator.comparingInt(String::length).reversed());
      words.put(k, List.copyOf(l));
      byFirst.put(k, index(l, w -> w.charAt(0)));
      byLast.put(k, index(l, w -> w.charAt(w.length() - 1)));
    }
    preByLast.putAll(index(pre, c -> c.text().charAt(c.text().length() - 1)));
    postByFirst.putAll(index(post, c -> c.text().charAt(0)));
  }

  /** Groups a longest-first list by a character of each element, keeping the order. */
  private static <T> Map<Character, List<T>> index(List<T> list,
      java.util.function.Function<T, Character> key) {
    Map<Character, List<T>> m = new HashMap<>();
    for (T t : list) {
      m.computeIfAbsent(key.apply(t), c -> new ArrayList<>()).add(t);
    }
    m.replaceAll((c, l) -> List.copyOf(l));
    return m;
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
    return words.get(kind);
  }

  /** The longest word of a kind that {@code s} starts with at {@code from}, or null. */
  String startsWith(WordKind kind, CharSequence s, int from) {
    if (from < 0 || from >= s.length()) {
      return null;
    }
    for (String w : byFirst.get(kind).getOrDefault(s.charAt(from), List.of())) {
      if (regionMatches(s, from, w)) {
        return w;
      }
    }
    return null;
  }

  /** The longest word of a kind that {@code s} ends with just before {@code to}, or null. */
  String endsWith(WordKind kind, CharSequence s, int to) {
    if (to <= 0 || to > s.length()) {
      return null;
    }
    for (String w : byLast.get(kind).getOrDefault(s.charAt(to - 1), List.of())) {
      if (to - w.length() >= 0 && regionMatches(s, to - w.length(), w)) {
        return w;
      }
    }
    return null;
  }

  static boolean regionMatches(CharSequence s, int from, String w) {
    if (from < 0 || from + w.length() > s.length()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (s.charAt(from + i) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The POST cue at {@code from}, or null. */
  Cue postAt(CharSequence s, int from) {
    if (from < 0 || from >= s.length()) {
      return null;
    }
    for (Cue c : postByFirst.getOrDefault(s.charAt(from), List.of())) {
      if (regionMatches(s, from, c.text())) {
        return c;
      }
    }
    return null;
  }

  /** The longest PRE cue ending exactly at {@code to}, or null. */
  Cue preEndingAt(CharSequence s, int to) {
    if (to <= 0 || to > s.length()) {
      return null;
    }
    for (Cue c : preByLast.getOrDefault(s.charAt(to - 1), List.of())) {
      if (regionMatches(s, to - c.text().length(), c.text())) {
        return c;
      }
    }
    return null;
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
