package org.planscope.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.extract.UnitClauseGrammar.Clause;
import org.planscope.model.Role;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;

/**
 * Explicit unit lists. After a label of {@code role-cues.tsv} (（牵头单位：区卫生健康局。责任单位：
 * 区财政局、区妇联）) a list runs to the next label, ）, 。 or the line end and is split on 、，,；;
 * and on {@code X等Y} (区妇联等区妇儿工委有关成员单位 → 区妇联, 区妇儿工委有关成员单位), names kept as
 * written. In a whole clause 由X牵头 / X、Y配合, names the dictionary does not know are taken by
 * their form (a level prefix, a name, an organisation suffix) when every name of the clause has it.
 */
final class UnitLists {
  private static final String LIST_SEPARATORS = "、，,；;及";
  private static final String LIST_END = "）)】〕]。\n";
  private static final String TRIM = " \u3000\t（()）：:。";
  /** The verbs that end a 由X牵头 / 由X负责 clause, and an X、Y配合 / 参与 / 协助 / 协同 one. */
  private static final List<String> LEAD_VERBS = List.of("牵头", "负责");
  private static final List<String> COOPERATE_VERBS = List.of("配合", "参与", "协助", "协同");
  /** 由X牵头 / 由X负责 as a whole clause, and X、Y配合 / 参与 / 协助 as a whole clause. */
  private static final Pattern FORM_LEAD = Pattern.compile(
      "由([^，,。；;由]{3,60}?)(?:" + String.join("|", LEAD_VERBS) + ")");
  /** X牵头 / X负责 / X牵头负责 as a whole clause: X leads, or is responsible. */
  private static final Pattern FORM_SUBJECT_LEAD = Pattern.compile(
      "([^，,。；;由]{3,60}?)(牵头负责|" + String.join("|", LEAD_VERBS) + ")");
  private static final Pattern FORM_COOPERATE = Pattern.compile(
      "([^，,。；;由]{3,60}?)(?:" + String.join("|", COOPERATE_VERBS) + ")");
  /**
   * A department by its form: a level prefix (县 / 市 / 区 / 旗 / 盟 / 州 / 省 / 镇 / 乡), a name and an
   * organisation suffix (局 / 委员会 / 委 / 办公室 / 办 / 中心 / 院 / 联合会 / 会 / 馆 / 站 / 联 / 协 /
   * 处 / 校 / 所); a youth league committee (团市委); the governments of every township (各乡镇人民政府) and
   * subdistrict offices (街道办事处).
   */
  private static final Pattern FORM_NAME = Pattern.compile(
      "[县市区旗盟州省镇乡][\\u4e00-\\u9fff]{1,14}(?:局|委员会|委|办公室|办|中心|院|联合会|会|馆|站|联|协|处|校|所)"
      + "|团[县市区旗盟州省]委|各[\\u4e00-\\u9fff（）()]{1,10}(?:人民政府|政府|办事处)"
      + "|[\\u4e00-\\u9fff]{0,6}(?:街道办事处|乡镇人民政府)");

  private final DepartmentDictionary dictionary;
  private final UnitCues cues;

  UnitLists(DepartmentDictionary dictionary, UnitCues cues) {
    this.dictionary = dictionary;
    this.cues = cues;
  }

  /**
   * Units the dictionary does not know, recognised by their form inside the clauses that can
   * only hold units: 由X牵头，Y、Z配合 or X牵头负责 at the end of a goal, bracketed or not. A clause
   * is taken only when every name in it has the form, and a name found otherwise is not added
   * twice.
   */
  void byForm(String text, int base, boolean[] masked, List<UnitAssignment> out) {
    for (Clause c : UnitClauseGrammar.clauses(text, 0, text.length())) {
      if (c.start() < masked.length && masked[c.start()]) {
        continue;
      }
      // the clause without spaces and the brackets of a note around it (（县X局负责）)
      int at = UnitClauseGrammar.skipNoteOpen(text, c.start(), c.end());
      int end = UnitClauseGrammar.trimNoteClose(text, at, c.end());
      String clause = text.substring(at, end);
      // the whole clause must match, so its ends are checked before the patterns run
      boolean leads = endsWithAny(clause, LEAD_VERBS);
      Matcher lead = leads && clause.startsWith("由") ? FORM_LEAD.matcher(clause) : null;
      Matcher subject = leads && lead == null ? FORM_SUBJECT_LEAD.matcher(clause) : null;
      Matcher coop = endsWithAny(clause, COOPERATE_VERBS) ? FORM_COOPERATE.matcher(clause) : null;
      if (lead != null && lead.matches()) {
        formList(text, base, at + lead.start(1), at + lead.end(1), Role.LEAD, out);
      } else if (subject != null && subject.matches()) {
        Role role = subject.group(2).startsWith("牵头") ? Role.LEAD : Role.RESPONSIBLE;
        formList(text, base, at + subject.start(1), at + subject.end(1), role, out);
      } else if (coop != null && coop.matches()) {
        formList(text, base, at + coop.start(1), at + coop.end(1), Role.COOPERATING, out);
      }
    }
  }

  private void formList(String text, int base, int from, int to, Role role,
      List<UnitAssignment> out) {
    List<int[]> names = new ArrayList<>();
    int a = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '、' || text.charAt(i) == '和') {
        if (!FORM_NAME.matcher(text.substring(a, i).strip()).matches()) {
          if (i < to && text.charAt(i) == '和') {
            continue; // 和 inside a name (卫生和健康委员会)
          }
          return;
        }
        int s0 = a;
        int e0 = i;
        while (s0 < e0 && Character.isWhitespace(text.charAt(s0))) {
          s0++;
        }
        while (e0 > s0 && Character.isWhitespace(text.charAt(e0 - 1))) {
          e0--; // 县卫生健康局 负责: the space before the verb is no part of the name
        }
        names.add(new int[] {s0, e0});
        a = i + 1;
      }
    }
    for (int[] n : names) {
      Span span = new Span(base + n[0], base + n[1]);
      boolean known = out.stream().anyMatch(u -> u.span().start() < span.end()
          && span.start() < u.span().end());
      if (!known) {
        out.add(new UnitAssignment(text.substring(n[0], n[1]), role, null,
            text.substring(n[0], n[0] + 1), null, span));
      }
    }
  }

  static List<UnitAssignment> ordered(List<UnitAssignment> units) {
    List<UnitAssignment> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(UnitAssignment::span));
    Set<String> seen = new HashSet<>();
    List<UnitAssignment> out = new ArrayList<>();
    for (UnitAssignment u : sorted) {
      if (seen.add(u.role() + "\t" + u.name())) {
        out.add(u);
      }
    }
    return out;
  }

  /** Label lists in {@code [from, to)}; marks what they cover in {@code masked}. */
  void labelled(String text, int from, int to, int base, List<UnitAssignment> out,
      boolean[] masked) {
    int[] len = new int[1];
    int i = cues.nextLabel(text, from, len);
    while (i >= 0 && i < to) {
      Role role = cues.role("LABEL", text.substring(i, i + cues.at("LABEL", text, i)));
      int listStart = i + len[0];
      int[] nextLen = new int[1];
      int next = cues.nextLabel(text, listStart, nextLen);
      // 【牵头单位】县卫健委【责任单位】…: the bracket that opens the next label ends this list
      int stop = next > listStart && "（(【〔[".indexOf(text.charAt(next - 1)) >= 0 ? next - 1 : next;
      int end = listStart;
      int depth = 0; // brackets opened inside the list: 各乡镇人民政府（街道办事处）
      // …；完成时限：2025年底前: another entry of the note ends the list
      int last = cues.nextEnd(text, listStart, stop < 0 ? to : Math.min(stop, to));
      while (end < last) {
        int note = roleNote(text, end);
        if (note > 0) {
          end += note; // 县卫健局（牵头）、县财政局: the bracket is the name's role, not the end
          continue;
        }
        int nest = nesting(text.charAt(end));
        if (nest != 0 && depth + nest >= 0) {
          depth += nest;
          end++;
          continue;
        }
        if (LIST_END.indexOf(text.charAt(end)) >= 0) {
          break;
        }
        end++;
      }
      int maskFrom = i > 0 && "（(【〔[".indexOf(text.charAt(i - 1)) >= 0 ? i - 1 : i;
      int maskTo = end < to && "）)】〕]".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
      for (int k = maskFrom; k < maskTo && k < masked.length; k++) {
        masked[k] = true;
      }
      listItems(text, listStart, end, base, role, out);
      i = next;
    }
  }

  /** Splits a unit list on 、，,；; and X等Y, keeping names as written. */
  void listItems(String text, int from, int to, int base, Role role,
      List<UnitAssignment> out) {
    int a = from;
    int depth = 0;
    for (int i = from; i <= to; i++) {
      if (i < to) {
        depth = Math.max(0, depth + nesting(text.charAt(i)));
      }
      if (i == to || depth == 0 && LIST_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        listItem(text, a, i, base, role, out);
        a = i + 1;
      }
    }
  }

  /** +1 for a bracket that may open inside a name (（ ( 〔), -1 for one that closes it, else 0. */
  private static int nesting(char c) {
    return "（(〔".indexOf(c) >= 0 ? 1 : "）)〕".indexOf(c) >= 0 ? -1 : 0;
  }

  /** Whether the bracket at {@code close} closes one opened in {@code [a, close)}. */
  private static boolean closesWithin(String text, int a, int close) {
    int depth = 0;
    for (int i = close; i >= a; i--) {
      depth -= nesting(text.charAt(i));
      if (depth == 0) {
        return i < close;
      }
    }
    return false;
  }

  /**
   * A role written in brackets after a name in a list ({@code 责任单位：县卫健局（牵头）、县财政局};
   * 〔牵头〕 inside a bracketed list):
   * its length from the opening bracket at {@code at}, or 0.
   */
  static int roleNote(String text, int at) {
    Matcher m = ROLE_NOTE.matcher(text).region(at, text.length());
    return m.lookingAt() ? m.end() - at : 0;
  }

  private static final Pattern ROLE_NOTE = Pattern.compile(
      "[（(〔](牵头(?:单位|部门)?|负责|主责|配合|协助|参与|协同)[）)〕]");

  private void listItem(String text, int a, int b, int base, Role role, List<UnitAssignment> out) {
    while (a < b && " \u3000\t".indexOf(text.charAt(b - 1)) >= 0) {
      b--;
    }
    int open = b - 1;
    // 〔牵头〕: the bracket a note inside another bracket takes
    while (open > a && "（(〔".indexOf(text.charAt(open)) < 0) {
      open--;
    }
    Matcher note = ROLE_NOTE.matcher(text).region(Math.max(open, a), b);
    if (open > a && note.matches()) { // 县卫健局（牵头）: this name's own role
      String w = note.group(1);
      role = w.startsWith("牵头") ? Role.LEAD
          : w.equals("负责") || w.equals("主责") ? Role.RESPONSIBLE : Role.COOPERATING;
      b = open;
    }
    while (a < b && TRIM.indexOf(text.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && TRIM.indexOf(text.charAt(b - 1)) >= 0 && !closesWithin(text, a, b - 1)) {
      b--; // but 各乡镇人民政府（街道办事处）keeps the bracket it opened
    }
    while (b > a && dictionary.wordAt("GROUP_MARK", text, b - 1) == 1) {
      b--;
    }
    OwnRole own = ownRole(text, a, b);
    if (own != null) {
      if (own.nameEnd() <= a) {
        return; // the formula alone (，按职责分工负责）): no unit
      }
      b = own.nameEnd();
      role = own.role() == null ? role : own.role();
    }
    if (a >= b) {
      return;
    }
    String piece = text.substring(a, b);
    if (spaced(text, a, b, base, role, out)) {
      return;
    }
    for (int k = 1; k < piece.length() - 1; k++) {
      int mark = dictionary.wordAt("GROUP_MARK", piece, k);
      if (mark > 0 && dictionary.endsWith("ORG_SUFFIX", piece.substring(k + mark))
          && dictionary.endsWith("ORG_SUFFIX", piece.substring(0, k))) {
        listItem(text, a, a + k, base, role, out);
        listItem(text, a + k + mark, b, base, role, out);
        return;
      }
    }
    out.add(assignment(named(piece).shift(a), role, null, base));
  }

  /**
   * A role verb or closing formula written after the last name of a list: 责任单位：县教育局、县卫健局，
   * 县体育局配合 (县体育局, cooperating); …，各乡镇人民政府、街道办事处按职责分工负责 (街道办事处,
   * responsible: a MANNER word before the verb); …，县民政局各负其责 (a CLOSING formula, the list's
   * role). Null when the piece ends in neither. A bare verb cuts only after an organisation suffix
   * (县妇联配合).
   */
  private OwnRole ownRole(String text, int a, int b) {
    for (int k = a; k < b; k++) {
      if (cues.at("CLOSING", text, k) == b - k) {
        return new OwnRole(mannerStart(text, a, k), null);
      }
    }
    for (int k = a; k < b; k++) {
      if (cues.at("PROSE", text, k) != b - k) {
        continue;
      }
      Role role = cues.role("PROSE", text.substring(k, b));
      int name = mannerStart(text, a, k);
      if (name < k || k == a
          || k >= a + 2 && dictionary.endsWith("ORG_SUFFIX", text.substring(a, k))) {
        return new OwnRole(name, role);
      }
    }
    return null;
  }

  /** Where a name ends before the words that give its role, and that role (null: the list's). */
  private record OwnRole(int nameEnd, Role role) {}

  /** Where the MANNER words that end at {@code end} (按职责分工, 分别, 共同 …) begin. */
  private int mannerStart(String text, int a, int end) {
    for (boolean more = true; more; ) {
      more = false;
      for (int j = a; j < end; j++) {
        if (cues.at("MANNER", text, j) == end - j) {
          end = j;
          more = true;
          break;
        }
      }
    }
    return end;
  }

  /**
   * A name as written, normalised; one with a bracket after it (各乡镇人民政府（街道办事处）) is
   * kept whole and has the department of the name before the bracket.
   */
  private UnitName named(String piece) {
    int close = piece.length() - 1;
    if (close > 0 && nesting(piece.charAt(close)) < 0 && closesWithin(piece, 0, close)) {
      int open = close - 1;
      for (int depth = 1; depth > 0 && open > 0; open--) {
        depth -= nesting(piece.charAt(open));
        if (depth == 0) {
          break;
        }
      }
      UnitName head = dictionary.normalize(piece.substring(0, open));
      if (open > 0 && head.department() != null) {
        return new UnitName(piece.substring(head.start()), head.start(), piece.length(),
            head.department(), head.levelPrefix(), head.region(), head.kind());
      }
    }
    return dictionary.normalize(piece);
  }

  /**
   * Names separated by spaces alone (配合单位：县财政局 县医保局, as PDFs and web pages print lists):
   * each part a unit when every part ends in an organisation suffix; false, and nothing added,
   * otherwise (县 卫健局 is one name broken by a space).
   */
  private boolean spaced(String text, int a, int b, int base, Role role,
      List<UnitAssignment> out) {
    List<int[]> parts = new ArrayList<>();
    int i = a;
    while (i < b) {
      while (i < b && Character.isWhitespace(text.charAt(i))) { // U+3000 included
        i++;
      }
      int j = i;
      while (j < b && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        if (!dictionary.endsWith("ORG_SUFFIX", text.substring(i, j))) {
          return false;
        }
        parts.add(new int[] {i, j});
      }
      i = j;
    }
    if (parts.size() < 2) {
      return false;
    }
    for (int[] p : parts) {
      listItem(text, p[0], p[1], base, role, out);
    }
    return true;
  }

  static UnitAssignment assignment(UnitName n, Role role, String duty, int base) {
    return new UnitAssignment(n.name(), role, n.department(), n.levelPrefix(), duty,
        new Span(base + n.start(), base + n.end()), n.region());
  }

  private static boolean endsWithAny(String s, List<String> ends) {
    for (String e : ends) {
      if (s.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
