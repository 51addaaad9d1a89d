package org.planscope.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planscope.lexicon.Tsv;

/**
 * Query-side synonyms: 卫健局 = 卫生健康局, 村委会 = 村民委员会 = 嘎查委员会. {@link #variants} rewrites a
 * query string into itself plus every combination of synonym substitutions (longest match first,
 * left to right, capped), and the searcher ORs the variants. Working on the query string rather
 * than on tokens keeps it independent of how the segmenter splits a rare name (嘎查 → 嘎 / 查).
 *
 * <p>Groups are symmetric and transitive: adding {@code 村委会 → [村民委员会]} and later {@code
 * 村民委员会 → [嘎查委员会]} makes all three equal. Immutable; {@link #plus} returns a new instance.
 */
public final class Synonyms {
  /** The query expansions the project ships. */
  public static final String MODEL = "lexicon/search-synonyms.tsv";
  /** At most this many rewritten queries are run for one query. */
  static final int MAX_VARIANTS = 16;

  private final Map<String, Set<String>> groups;
  private final int longest;

  private Synonyms(Map<String, Set<String>> groups) {
    this.groups = groups;
    this.longest = groups.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  public static Synonyms none() {
    return new Synonyms(Map.of());
  }

  /** {@code models/lexicon/search-synonyms.tsv} from the class path. */
  public static Synonyms fromModels() {
    Tsv tsv = Tsv.model(MODEL).require("term", "synonyms");
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (Tsv.Row row : tsv.rows()) {
      m.computeIfAbsent(row.get("term"), k -> new ArrayList<>()).addAll(row.list("synonyms"));
    }
    return none().plus(m);
  }

  /**
   * These synonyms and the given ones: each key is equal to each of its values (for department
   * aliases, canonical name → written forms; for indicators, id or name → names).
   */
  public Synonyms plus(Map<String, ? extends Collection<String>> more) {
    Map<String, Set<String>> g = new LinkedHashMap<>();
    groups.forEach((k, v) -> g.put(k, v));
    for (Map.Entry<String, ? extends Collection<String>> e : more.entrySet()) {
      Set<String> merged = new LinkedHashSet<>();
      merged.add(e.getKey().strip());
      e.getValue().forEach(s -> merged.add(s.strip()));
      merged.remove("");
      for (String w : List.copyOf(merged)) {
        Set<String> old = g.get(w);
        if (old != null) {
          merged.addAll(old);
        }
      }
      Set<String> group = Set.copyOf(merged);
      for (String w : group) {
        g.put(w, group);
      }
    }
    return new Synonyms(Map.copyOf(g));
  }

  /** The group of a word, itself included, or just the word. */
  public Set<String> of(String word) {
    return groups.getOrDefault(word, Set.of(word));
  }

  /** Every word that has synonyms. */
  public Set<String> words() {
    return groups.keySet();
  }

  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /** A piece of a rewritten query: literal text, or a synonym that must match as a whole. */
  record Piece(String text, boolean synonym) {}

  /**
   * The query itself first, then its rewrites: every synonym found in it (longest match at each
   * position, non-overlapping) replaced by each member of its group, in all combinations, capped
   * at {@value #MAX_VARIANTS}. Sorted after the original, so the result is deterministic.
   */
  public List<String> variants(String query) {
    return pieces(query).stream()
        .map(v -> v.stream().map(Piece::text).collect(java.util.stream.Collectors.joining()))
        .toList();
  }

  /** {@link #variants} as pieces, so that a synonym can be matched as one unit. */
  List<List<Piece>> pieces(String query) {
    // Parts: literal text and synonym slots (the group, sorted), left to right.
    List<Object> parts = new ArrayList<>();
    List<Piece> original = new ArrayList<>();
    int literalStart = 0;
    for (int i = 0; i < query.length() && !groups.isEmpty(); ) {
      String match = null;
      for (int len = Math.min(longest, query.length() - i); len > 0; len--) {
        String w = query.substring(i, i + len);
        if (groups.containsKey(w)) {
          match = w;
          break;
        }
      }
      if (match == null) {
        i++;
        continue;
      }
      if (literalStart < i) {
        parts.add(query.substring(literalStart, i));
        original.add(new Piece(query.substring(literalStart, i), false));
      }
      parts.add(groups.get(match).stream().sorted().toList());
      original.add(new Piece(match, true));
      i += match.length();
      literalStart = i;
    }
    if (literalStart < query.length()) {
      parts.add(query.substring(literalStart));
      original.add(new Piece(query.substring(literalStart), false));
    }
    List<List<Piece>> out = new ArrayList<>();
    out.add(original);
    if (literalStart == 0) {
      return out;
    }
    Map<String, List<Piece>> all = new java.util.TreeMap<>();
    expand(parts, 0, new ArrayList<>(), all);
    String q = query;
    all.entrySet().stream().filter(e -> !e.getKey().equals(q)).limit(MAX_VARIANTS - 1)
        .forEach(e -> out.add(e.getValue()));
    return out;
  }

  private static void expand(List<Object> parts, int i, List<Piece> prefix,
      Map<String, List<Piece>> out) {
    if (out.size() >= MAX_VARIANTS * 4) {
      return;
    }
    if (i == parts.size()) {
      out.put(prefix.stream().map(Piece::text).collect(java.util.stream.Collectors.joining()),
          List.copyOf(prefix));
      return;
    }
    if (parts.get(i) instanceof String s) {
      prefix.add(new Piece(s, false));
      expand(parts, i + 1, prefix, out);
      prefix.remove(prefix.size() - 1);
    } else {
      @SuppressWarnings("unchecked")
      List<String> options = (List<String>) parts.get(i);
      for (String option : options) {
        prefix.add(new Piece(option, true));
        expand(parts, i + 1, prefix, out);
        prefix.remove(prefix.size() - 1);
      }
    }
  }
}
