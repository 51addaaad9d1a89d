package org.planscope.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planscope.lexicon.Tsv;

/**
 * The cue words of {@code models/lexicon/structure-cues.tsv}: list headings (主要目标 / 策略措施),
 * chapter kinds (组织实施, 监测评估, 重点工程 …), unit-role words that open a trailing unit
 * parenthesis, plan-type phrases and the words a plan calls itself. Loaded once; immutable.
 */
final class StructureCues {
  static final String FILE = "lexicon/structure-cues.tsv";

  /** Cue words per kind, longest first; and each word's value for kinds that have one. */
  private final Map<CueKind, List<String>> words = new EnumMap<>(CueKind.class);
  private final Map<CueKind, Map<String, String>> values = new EnumMap<>(CueKind.class);
  /** List headings that are a list word only as the whole heading (目标： / 措施：). */
  private final Map<String, CueKind> whole = new HashMap<>();

  StructureCues(Tsv tsv) {
    tsv.require("cue", "kind", "value");
    for (CueKind k : CueKind.values()) {
      words.put(k, new ArrayList<>());
      values.put(k, new LinkedHashMap<>());
    }
    for (Tsv.Row row : tsv.rows()) {
      CueKind kind = row.enumValue("kind", CueKind.class);
      String cue = row.get("cue");
      if ("whole".equals(row.opt("value"))) {
        whole.put(cue, kind);
        continue;
      }
      words.get(kind).add(cue);
      String v = row.opt("value");
      if (v != null) {
        values.get(kind).put(cue, v);
      }
    }
    for (List<String> l : words.values()) {
      l.sort(Comparator.comparingInt(String::length).reversed());
    }
  }

  private static final class Holder {
    static final StructureCues DEFAULT = new StructureCues(Tsv.model(FILE));
  }

  static StructureCues shared() {
    return Holder.DEFAULT;
  }

  List<String> words(CueKind kind) {
    return words.get(kind);
  }

  String value(CueKind kind, String cue) {
    return values.get(kind).get(cue);
  }

  /** The first cue of {@code kind} that {@code s} starts with, or null. */
  String prefix(CueKind kind, String s) {
    for (String w : words.get(kind)) {
      if (s.startsWith(w)) {
        return w;
      }
    }
    return null;
  }

  /** The first cue of {@code kind} that {@code s} contains, or null. */
  String within(CueKind kind, String s) {
    for (String w : words.get(kind)) {
      if (s.contains(w)) {
        return w;
      }
    }
    return null;
  }

  /** The list kind (GOAL_LIST / MEASURE_LIST) a heading starts with, or null. */
  CueKind listKind(String heading) {
    String h = Headings.bare(heading);
    if (h.length() > 12) {
      return null;
    }
    CueKind w = whole.get(h);
    if (w == CueKind.GOAL_LIST || w == CueKind.MEASURE_LIST) {
      return w;
    }
    if (prefix(CueKind.GOAL_LIST, h) != null) {
      return CueKind.GOAL_LIST;
    }
    if (prefix(CueKind.MEASURE_LIST, h) != null) {
      return CueKind.MEASURE_LIST;
    }
    return null;
  }

  /** The chapter kind a heading names (key projects, implementation …), or null. */
  CueKind chapterKind(String heading) {
    String h = Headings.bare(heading);
    if (h.length() > 24) {
      return null;
    }
    for (CueKind k : List.of(CueKind.KEY_PROJECTS, CueKind.IMPLEMENTATION, CueKind.MONITORING,
        CueKind.INDICATOR_TABLE, CueKind.PREAMBLE)) {
      if (within(k, h) != null) {
        return k;
      }
    }
    return null;
  }

  /** True when a line is an unnumbered chapter-level heading such as 前言. */
  boolean isFront(String line) {
    String h = Headings.bare(line);
    return h.length() <= 6 && words.get(CueKind.FRONT).contains(h);
  }
}
