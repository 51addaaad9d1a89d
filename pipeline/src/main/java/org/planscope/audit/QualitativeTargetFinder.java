package org.planscope.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.planscope.lexicon.Tsv;

/**
 * Finds quantifiable indicators a text names with a qualitative aim and no number: {@code
 * 适龄妇女宫颈癌、乳腺癌人群筛查率逐步提高} → indicator {@code 适龄妇女宫颈癌、乳腺癌人群筛查率}, aim
 * {@code 逐步提高}. The MISSING_VALUE rule's own detector, so that the rule works whether or not
 * the target extractor marked the indicator.
 *
 * <p>A mention is an indicator phrase (a clause's text up to an indicator suffix such as 率 / 比例 /
 * 人数) followed by MODIFIER* VERB (筛查率逐步提高), or a clause that opens with MODIFIER* VERB and
 * ends with an indicator (逐步提高农村卫生厕所普及率). It is dropped when a number follows in the same
 * sentence before the next indicator (提高农村卫生厕所普及率，2025年达到85%左右). The cues are data:
 * {@code models/lexicon/audit-indicator-cues.tsv}, the AIM_MODIFIER and AIM_VERB rows of the
 * target reader's own {@code target-cues.tsv} (one lexicon of trends, next to its TREND phrases),
 * and {@code audit-value-patterns.tsv}. Immutable and thread-safe.
 */
final class QualitativeTargetFinder {
  /**
   * One qualitative mention; offsets are into the text given to {@link #find}.
   *
   * @param indicator the indicator phrase
   * @param aim the qualitative aim as written (逐步提高)
   * @param start where the quoted evidence starts (the indicator, or the opening verb)
   * @param end where the evidence ends (after the aim, or after the indicator)
   * @param indicatorStart where the indicator phrase starts
   * @param indicatorEnd where the indicator phrase ends
   */
  record Mention(String indicator, String aim, int start, int end, int indicatorStart,
      int indicatorEnd) {}

  private static final String SENTENCE_END = "。；;！!？?\n";
  private static final String CLAUSE_END = "，,：:" + SENTENCE_END;

  private final List<String> suffixes;
  private final List<String> notIndicators;
  private final List<String> modifiers;
  private final List<String> verbs;
  private final List<Pattern> notValues;
  private final List<Pattern> values;
  private final List<Pattern> leading;

  private static final class DefaultHolder {
    static final QualitativeTargetFinder INSTANCE = new QualitativeTargetFinder(
        Tsv.model("lexicon/audit-indicator-cues.tsv"), Tsv.model("lexicon/target-cues.tsv"),
        Tsv.model("lexicon/audit-value-patterns.tsv"));
  }

  /** The finder over the shipped cue lexicons, loaded once. */
  static QualitativeTargetFinder standard() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * @param indicatorCues {@code audit-indicator-cues.tsv}
   * @param targetCues {@code target-cues.tsv}: its AIM_MODIFIER and AIM_VERB rows
   * @param valuePatterns {@code audit-value-patterns.tsv}
   */
  QualitativeTargetFinder(Tsv indicatorCues, Tsv targetCues, Tsv valuePatterns) {
    suffixes = cues(indicatorCues, "SUFFIX");
    notIndicators = cues(indicatorCues, "NOT_INDICATOR");
    modifiers = aimCues(targetCues, "AIM_MODIFIER");
    verbs = aimCues(targetCues, "AIM_VERB");
    notValues = patterns(valuePatterns, "NOT_VALUE");
    values = patterns(valuePatterns, "VALUE");
    leading = patterns(valuePatterns, "LEADING");
    if (suffixes.isEmpty() || verbs.isEmpty() || values.isEmpty()) {
      throw new IllegalArgumentException("audit cue lexicons need SUFFIX, AIM_VERB and VALUE rows");
    }
  }

  static List<String> cues(Tsv tsv, String kind) {
    tsv.require("cue", "kind");
    List<String> out = new ArrayList<>();
    for (Tsv.Row row : tsv.rows()) {
      String k = row.get("kind");
      if (!k.equals("SUFFIX") && !k.equals("NOT_INDICATOR") && !k.equals("COORDINATOR")
          && !k.equals("FILLER")) {
        throw row.error("unknown kind '" + k + "'");
      }
      if (k.equals(kind)) {
        out.add(row.get("cue"));
      }
    }
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  /** The rows of one AIM_ kind of {@code target-cues.tsv} (whose other kinds are extraction's). */
  private static List<String> aimCues(Tsv tsv, String kind) {
    tsv.require("cue", "kind");
    return tsv.rows().stream().filter(r -> r.get("kind").equals(kind)).map(r -> r.get("cue"))
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  private static List<Pattern> patterns(Tsv tsv, String kind) {
    tsv.require("kind", "pattern");
    List<Pattern> out = new ArrayList<>();
    for (Tsv.Row row : tsv.rows()) {
      String k = row.get("kind");
      if (!k.equals("NOT_VALUE") && !k.equals("VALUE") && !k.equals("LEADING")) {
        throw row.error("unknown kind '" + k + "'");
      }
      if (k.equals(kind)) {
        try {
          out.add(Pattern.compile(row.get("pattern")));
        } catch (PatternSyntaxException e) {
          throw row.error("bad pattern: " + e.getDescription());
        }
      }
    }
    return List.copyOf(out);
  }

  /** Every qualitative mention in {@code text}, in text order. */
  List<Mention> find(String text) {
    List<int[]> sufs = suffixOccurrences(text);
    if (sufs.isEmpty()) {
      return List.of();
    }
    boolean[] value = valuePositions(text);
    List<Mention> out = new ArrayList<>();
    int cs = 0;
    while (cs < text.length()) {
      int ce = cs;
      while (ce < text.length() && CLAUSE_END.indexOf(text.charAt(ce)) < 0) {
        ce++;
      }
      clause(text, cs, ce, sufs, value, out);
      cs = ce + 1;
    }
    return out;
  }

  private void clause(String text, int cs, int ce, List<int[]> sufs, boolean[] value,
      List<Mention> out) {
    int p0 = skipLeading(text, cs, ce);
    int end = ce;
    while (end > p0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // 逐步提高农村卫生厕所普及率: the aim opens the clause and an indicator closes it
    int q = aim(text, p0, end);
    if (q > p0) {
      int is = skipSpace(text, q, end);
      int[] last = lastSuffixEndingAt(sufs, end);
      if (last != null && last[0] > is) {
        if (!valueFollows(text, end, sufs, value)) {
          out.add(new Mention(text.substring(is, end), text.substring(p0, q).strip(), p0, end,
              is, end));
        }
        return;
      }
    }
    // 人群筛查率逐步提高: an indicator followed by the aim
    int ps = p0;
    for (int[] s : sufs) {
      if (s[0] < ps || s[1] > end) {
        continue;
      }
      int t = skipSpace(text, s[1], end);
      int v = aim(text, t, end);
      if (v == t) {
        continue;
      }
      if (s[0] > ps && !valueFollows(text, v, sufs, value)) {
        out.add(new Mention(text.substring(ps, s[1]), text.substring(t, v), ps, v, ps, s[1]));
      }
      ps = skipSpace(text, v, end);
    }
  }

  /** Whether a stated number follows {@code from} in its sentence, before the next indicator. */
  private boolean valueFollows(String text, int from, List<int[]> sufs, boolean[] value) {
    int bound = from;
    while (bound < text.length() && SENTENCE_END.indexOf(text.charAt(bound)) < 0) {
      bound++;
    }
    for (int[] s : sufs) {
      if (s[0] >= from && s[0] < bound) {
        bound = s[0];
        break;
      }
    }
    for (int i = from; i < bound; i++) {
      if (value[i]) {
        return true;
      }
    }
    return false;
  }

  /** The end of MODIFIER* VERB at {@code at}, or {@code at} when there is none. */
  private int aim(String text, int at, int limit) {
    int p = at;
    for (String m; (m = longest(text, p, limit, modifiers)) != null; ) {
      p = skipSpace(text, p + m.length(), limit);
    }
    String verb = longest(text, p, limit, verbs);
    return verb == null ? at : p + verb.length();
  }

  private static String longest(String text, int at, int limit, List<String> cues) {
    for (String c : cues) {
      if (at + c.length() <= limit && text.startsWith(c, at)) {
        return c;
      }
    }
    return null;
  }

  private int skipLeading(String text, int from, int limit) {
    int p = skipSpace(text, from, limit);
    boolean moved = true;
    while (moved && p < limit) {
      moved = false;
      for (Pattern lead : leading) {
        Matcher m = lead.matcher(text).region(p, limit);
        if (m.lookingAt() && m.end() > p) {
          p = skipSpace(text, m.end(), limit);
          moved = true;
        }
      }
    }
    return p;
  }

  private static int skipSpace(String text, int from, int limit) {
    int p = from;
    while (p < limit && (Character.isWhitespace(text.charAt(p))
        || Character.isSpaceChar(text.charAt(p)))) {
      p++;
    }
    return p;
  }

  /** Indicator suffixes as [start, end), in order, longest at a place, NOT_INDICATOR words out. */
  private List<int[]> suffixOccurrences(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      String s = longest(text, i, text.length(), suffixes);
      if (s != null && !insideNonIndicator(text, i, i + s.length())) {
        out.add(new int[] {i, i + s.length()});
        i += s.length();
      } else {
        i++;
      }
    }
    return out;
  }

  private boolean insideNonIndicator(String text, int start, int end) {
    for (String w : notIndicators) {
      for (int p = Math.max(0, end - w.length()); p <= start; p++) {
        if (text.startsWith(w, p)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] lastSuffixEndingAt(List<int[]> sufs, int end) {
    for (int[] s : sufs) {
      if (s[1] == end) {
        return s;
      }
    }
    return null;
  }

  /** value[i] is true where a VALUE match starts, after NOT_VALUE matches were blanked out. */
  private boolean[] valuePositions(String text) {
    char[] masked = text.toCharArray();
    for (Pattern p : notValues) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          masked[i] = ' ';
        }
      }
    }
    String s = new String(masked);
    boolean[] out = new boolean[text.length() + 1];
    for (Pattern p : values) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        out[m.start()] = true;
      }
    }
    return out;
  }
}
