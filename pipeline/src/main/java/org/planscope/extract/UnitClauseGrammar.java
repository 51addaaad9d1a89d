package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import org.planscope.text.Numbering;
import org.planscope.text.NumberingStyle;

/**
 * The clause grammar of unit assignments: text cut into clauses and sentences, a clause's
 * leading numbering skipped, its subject read as a list of units (区卫生健康局、区妇联及有关部门 →
 * two named units and a generic one) and an agent found (由区卫生健康局牵头 → 区卫生健康局, 牵头).
 * Names come from {@link DepartmentDictionary}; a working group or an organisation only HanLP
 * knows counts only right before a predicate (a role or duty verb, 由, a modal or a separator).
 */
final class UnitClauseGrammar {
  private static final String SENTENCE_END = "。；;！!？?\n";
  private static final String CLAUSE_END = "，,：:";
  /** How far a working group or an organisation only HanLP knows may reach before its verb. */
  private static final int LENIENT_WINDOW = 16;

  private final DepartmentDictionary dictionary;
  private final UnitCues cues;

  UnitClauseGrammar(DepartmentDictionary dictionary, UnitCues cues) {
    this.dictionary = dictionary;
    this.cues = cues;
  }

  /** A clause [start, end) of a sentence (numbered in text order). */
  record Clause(int start, int end, int sentence) {}

  static List<Clause> clauses(String text, int from, int to) {
    List<Clause> out = new ArrayList<>();
    int sentence = 0;
    int a = from;
    for (int i = from; i <= to; i++) {
      boolean sentenceEnd = i == to || SENTENCE_END.indexOf(text.charAt(i)) >= 0;
      if (sentenceEnd || CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
        if (i > a) {
          out.add(new Clause(a, i, sentence));
        }
        a = i + 1;
        if (sentenceEnd) {
          sentence++;
        }
      }
    }
    return out;
  }

  /** ——县卫健局牵头: a dash opens a note too; 【县医保局牵头，县人社局负责】 a square bracket. */
  private static final String NOTE_OPEN = " \u3000（(【〔[—－";
  private static final String NOTE_CLOSE = " \u3000）)】〕]";

  /** Whether {@code c} opens a note in brackets: （ ( 【 〔 [. */
  static boolean opensNote(char c) {
    return "（(【〔[".indexOf(c) >= 0;
  }

  /** Whether {@code c} closes one. */
  static boolean closesNote(char c) {
    return "）)】〕]".indexOf(c) >= 0;
  }

  /** {@code start} past spaces and the brackets that open a note (（县教体局负责）). */
  static int skipNoteOpen(String text, int start, int end) {
    while (start < end && NOTE_OPEN.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    return start;
  }

  /** {@code end} before spaces and the brackets that close a note. */
  static int trimNoteClose(String text, int start, int end) {
    while (end > start && NOTE_CLOSE.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  static int skipNumbering(String text, int start, int end) {
    int s = start;
    while (s < end && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u3000')) {
      s++;
    }
    Numbering n = Numbering.parse(text.subSequence(s, end));
    s = n == null || n.style() == NumberingStyle.PART || n.style() == NumberingStyle.CHAPTER
        || n.style() == NumberingStyle.SECTION
        ? start : s + n.length();
    while (s < end && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    return s;
  }

  /**
   * Units listed from {@code at} (A、B及有关部门): the named ones, whether generic ones were there,
   * where the list ends, and whether it ends on a separator with no unit after it (A及其办公室…).
   */
  record Subject(List<UnitName> units, boolean generic, int end, boolean dangling) {}

  Subject subject(String text, int at, int limit) {
    List<UnitName> units = new ArrayList<>();
    boolean generic = false;
    int i = at;
    boolean dangling = false;
    while (i < limit) {
      UnitName u = unitAt(text, i, limit);
      if (u != null) {
        units.add(u);
        i = u.end();
      } else {
        int g = dictionary.wordAt("GENERIC", text, i);
        if (g == 0 || i + g > limit) {
          dangling = i > at;
          break;
        }
        generic = true;
        i += g;
      }
      int sep = dictionary.wordAt("SEPARATOR", text, i);
      if (sep == 0) {
        sep = dictionary.wordAt("GROUP_MARK", text, i);
      }
      if (sep == 0 || i + sep >= limit) {
        break;
      }
      i += sep;
    }
    if (units.isEmpty() && !generic) {
      return null;
    }
    return new Subject(units, generic, i, dangling);
  }

  /**
   * A unit at {@code at}: a dictionary name, or (when a role or duty verb, 由 or a separator
   * follows) a working group or an organisation HanLP recognises.
   */
  private UnitName unitAt(String text, int at, int limit) {
    UnitName u = dictionary.match(text, at, false);
    if (u == null && predicateWithin(text, at, Math.min(limit, at + LENIENT_WINDOW))) {
      u = dictionary.match(text, at, true);
      if (u != null && u.end() < limit && !followedByPredicate(text, u.end())) {
        return null;
      }
    }
    return u == null || u.end() > limit ? null : u;
  }

  /**
   * Whether {@code text} from {@code at} may hold a group or an organisation only HanLP knows: Han
   * characters that end with an organisation or group suffix right before a predicate, within
   * {@code (at, to]}. The cheap test before HanLP runs.
   */
  private boolean predicateWithin(String text, int at, int to) {
    for (int i = at + 2; i <= to && i < text.length(); i++) {
      if (!DepartmentDictionary.isHan(text.charAt(i - 1))) {
        return false;
      }
      if (followedByPredicate(text, i)) {
        String candidate = text.substring(at, i);
        if (dictionary.endsWith("ORG_SUFFIX", candidate)
            || dictionary.endsWith("GROUP_SUFFIX", candidate)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean followedByPredicate(String text, int at) {
    return cues.at("AGENT", text, at) > 0 || cues.at("PROSE", text, at) > 0
        || cues.at("DUTY", text, at) > 0 || cues.at("MODAL", text, at) > 0
        || cues.at("ESTABLISH", text, at) > 0 || dictionary.wordAt("SEPARATOR", text, at) > 0;
  }

  /** 由 + named units + a role verb: the units, the verb and where it starts. */
  record Agent(List<UnitName> units, String cue, int cueStart) {}

  /** The first 由X牵头 / 由X负责 in {@code [from, to)} (outside {@code masked}), or null. */
  Agent agent(String text, int from, int to, boolean[] masked) {
    for (int i = from; i < to; i++) {
      if (masked != null && masked[i]) {
        continue;
      }
      if (cues.at("AGENT", text, i) > 0) {
        Agent a = agentAt(text, i, to);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  Agent agentAt(String text, int at, int to) {
    int n = cues.at("AGENT", text, at);
    Subject s = subject(text, at + n, to);
    if (s == null || s.units().isEmpty() || s.dangling()) {
      return null;
    }
    int cue = cues.at("PROSE", text, s.end());
    if (cue == 0 || cues.at("NOT_DUTY", text, s.end()) > 0) {
      return null;
    }
    return new Agent(s.units(), text.substring(s.end(), s.end() + cue), s.end());
  }
}
