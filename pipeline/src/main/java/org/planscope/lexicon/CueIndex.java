package org.planscope.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A longest-match index over cue words loaded from {@code models/}: which cue starts at a position
 * of a text, or ends just before it. Cues are grouped by their first and by their last character,
 * longest first, so that most positions miss at once and at one position the longer cue wins
 * (达到并保持在 over 保持在), as in RegexNER at equal priority. Immutable and thread-safe.
 *
 * @param <T> the entry type; {@code word} gives each entry's cue text
 */
public final class CueIndex<T> {
  private final List<T> entries;
  private final Function<T, String> word;
  private final Map<Character, List<T>> byFirst;
  private final Map<Character, List<T>> byLast;
  /** First and last characters of the cues: a scan's misses are answered without a map lookup. */
  private final BitSet firstChars = new BitSet(1 << 16);
  private final BitSet lastChars = new BitSet(1 << 16);

  public CueIndex(List<T> entries, Function<T, String> word) {
    List<T> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt((T t) -> word.apply(t).length()).reversed());
    this.entries = List.copyOf(sorted);
    this.word = word;
    this.byFirst = group(this.entries, w -> w.charAt(0));
    this.byLast = group(this.entries, w -> w.charAt(w.length() - 1));
    for (T t : this.entries) {
      String w = word.apply(t);
      if (!w.isEmpty()) {
        firstChars.set(w.charAt(0));
        lastChars.set(w.charAt(w.length() - 1));
      }
    }
  }

  /** An index of plain words. */
  public static CueIndex<String> of(List<String> words) {
    return new CueIndex<>(words, Function.identity());
  }

  private Map<Character, List<T>> group(List<T> list, Function<String, Character> key) {
    Map<Character, List<T>> m = new HashMap<>();
    for (T t : list) {
      String w = word.apply(t);
      if (!w.isEmpty()) {
        m.computeIfAbsent(key.apply(w), c -> new ArrayList<>()).add(t);
      }
    }
    m.replaceAll((c, l) -> List.copyOf(l));
    return Map.copyOf(m);
  }

  /** Every entry, longest cue first. */
  public List<T> entries() {
    return entries;
  }

  /** The entry with the longest cue that {@code s} holds at {@code from}, or null. */
  public T at(CharSequence s, int from) {
    if (from < 0 || from >= s.length() || !firstChars.get(s.charAt(from))) {
      return null;
    }
    for (T t : byFirst.getOrDefault(s.charAt(from), List.of())) {
      if (regionMatches(s, from, word.apply(t))) {
        return t;
      }
    }
    return null;
  }

  /** The entry with the longest cue that ends just before {@code to} in {@code s}, or null. */
  public T endingAt(CharSequence s, int to) {
    if (to <= 0 || to > s.length() || !lastChars.get(s.charAt(to - 1))) {
      return null;
    }
    for (T t : byLast.getOrDefault(s.charAt(to - 1), List.of())) {
      String w = word.apply(t);
      if (regionMatches(s, to - w.length(), w)) {
        return t;
      }
    }
    return null;
  }

  /** Whether {@code s} holds {@code w} at {@code from}. */
  public static boolean regionMatches(CharSequence s, int from, String w) {
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
}
