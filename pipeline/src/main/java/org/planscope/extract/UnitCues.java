package org.planscope.extract;

import java.util.HashMap;
import java.util.Map;
import org.planscope.lexicon.CueIndex;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Role;

/**
 * The role cues of {@code models/lexicon/role-cues.tsv}: list labels (牵头单位 → LEAD), prose verbs
 * (由X牵头, X负责), modal words, the agent preposition 由, duty verbs of the implementation chapters,
 * and the establish verbs (设立) whose object takes over the following duties.
 */
final class UnitCues {
  static final String FILE = "lexicon/role-cues.tsv";

  private final Map<String, Map<String, Role>> byKind = new HashMap<>();
  /** The cues of each kind, longest first: most positions miss at once. */
  private final Map<String, CueIndex<String>> index = new HashMap<>();

  UnitCues() {
    this(Tsv.model(FILE));
  }

  UnitCues(Tsv tsv) {
    Map<String, java.util.List<String>> lists = new java.util.LinkedHashMap<>();
    for (Tsv.Row row : tsv.require("cue", "role", "kind").rows()) {
      String kind = row.get("kind");
      switch (kind) {
        case "LABEL", "PROSE", "MODAL", "MANNER", "CLOSING", "AGENT", "DUTY", "NOT_DUTY",
            "ESTABLISH", "END" -> { }
        default -> throw row.error("unknown kind '" + kind + "'");
      }
      Role role = row.enumValue("role", Role.class);
      Role prev = byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(row.get("cue"), role);
      if (prev != null) {
        throw row.error("duplicate " + kind + " cue '" + row.get("cue") + "'");
      }
      lists.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(row.get("cue"));
    }
    lists.forEach((kind, list) -> index.put(kind, CueIndex.of(list)));
    for (String k : new String[] {"LABEL", "PROSE", "AGENT", "DUTY"}) {
      if (!byKind.containsKey(k)) {
        throw new IllegalStateException(FILE + " has no " + k + " cue");
      }
    }
  }

  /** The length of the longest cue of {@code kind} at {@code at}, or 0. */
  int at(String kind, CharSequence s, int at) {
    CueIndex<String> cues = index.get(kind);
    String cue = cues == null ? null : cues.at(s, at);
    return cue == null ? 0 : cue.length();
  }

  /** The role of a cue of {@code kind}, or null. */
  Role role(String kind, String cue) {
    Map<String, Role> m = byKind.get(kind);
    return m == null ? null : m.get(cue);
  }

  /** True when a DUTY cue (not a NOT_DUTY noun such as 负责人) occurs in {@code s}. */
  boolean hasDuty(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (at("DUTY", s, i) > 0 && at("NOT_DUTY", s, i) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first index in [from, to) where an END label followed by a colon starts (完成时限：), or
   * {@code to}.
   */
  int nextEnd(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      int n = at("END", s, i);
      if (n > 0 && i + n < s.length() && (s.charAt(i + n) == '：' || s.charAt(i + n) == ':')) {
        return i;
      }
    }
    return to;
  }

  /** The first index at or after {@code from} where a LABEL cue followed by a colon starts. */
  int nextLabel(String s, int from, int[] labelLength) {
    for (int i = from; i < s.length(); i++) {
      int n = at("LABEL", s, i);
      if (n > 0) {
        int j = i + n;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\u3000')) {
          j++;
        }
        if (j < s.length() && (s.charAt(j) == '：' || s.charAt(j) == ':')) {
          labelLength[0] = j + 1 - i;
          return i;
        }
        if (j < s.length() && i > 0 && (s.charAt(j) == '】' && s.charAt(i - 1) == '【'
            || s.charAt(j) == ']' && s.charAt(i - 1) == '[')) {
          j++; // 【责任单位】县卫健局, 【牵头单位】：县卫健局: the label in brackets
          if (j < s.length() && (s.charAt(j) == '：' || s.charAt(j) == ':')) {
            j++;
          }
          labelLength[0] = j - i;
          return i;
        }
      }
    }
    return -1;
  }
}
