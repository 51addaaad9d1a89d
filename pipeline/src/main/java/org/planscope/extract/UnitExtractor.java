package org.planscope.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Item;
import org.planscope.model.Region;
import org.planscope.model.Role;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;
import org.planscope.text.Numbering;
import org.planscope.text.NumberingStyle;

/**
 * Reads who owns a goal, a measure or a duty.
 *
 * <ul>
 *   <li><b>Explicit lists</b> after a label of {@code models/lexicon/role-cues.tsv}, anywhere in
 *       an item: （牵头单位：区卫生健康局。责任单位：区财政局、区妇联）, （责任单位：…）, a line
 *       {@code 牵头单位：X；配合单位：Y}. A list ends at the next label, ）, 。 or the line end; it is
 *       split on 、，, and ；, and {@code X等Y成员单位} gives X and the group Y as written (the gold's
 *       convention: 区妇联等区妇儿工委有关成员单位 → 区妇联, 区妇儿工委有关成员单位). List names are kept
 *       as written, generic ones too (有关行业主管部门).
 *   <li><b>Prose</b>: 由X牵头 / 由X负责, and a clause that starts with units followed by a role verb
 *       or a modal (X牵头组织开展…, X负责…工作, X配合, 各级X要…). Generic bodies (有关部门) are
 *       not listed from prose.
 *   <li><b>Implementation duties</b> ({@link #extractDuties}): a clause that starts with named units
 *       and whose predicate carries a duty verb; the duty runs over the following clauses that have
 *       no subject of their own. {@code Y由X牵头} gives X the duty 牵头Y and makes Y the topic;
 *       {@code X设立Y} makes the group Y the topic; a clause without subject that starts with a
 *       duty verb (，负责…) belongs to the topic. Consecutive 向…报送 / 向…提交 duties of the same
 *       department in one paragraph are merged with ；.
 *   <li><b>Whole sections</b> ({@link #sectionUnits}) and <b>indicator tables</b> ({@link
 *       #tableUnits}) for the structure stage to call; {@link #inherit} gives a section's units to
 *       its items that have none.
 * </ul>
 *
 * <p>Names are recognised and normalised by {@link DepartmentDictionary}. Thread-safe.
 */
public final class UnitExtractor {
  // numbering is read with the one grammar of org.planscope.text.Numbering
  /** 第1至3项 / 第4、5项 / 第1-3项 / 第2项 / 第1、3至5项 (the numbers of goals in a list). */
  private static final String RANGE =
      "第\\s*(\\d{1,3}(?:\\s*(?:[至到—~～\\-－、，,和及]|—|—)\\s*第?\\s*\\d{1,3})*)\\s*(?:项|条)";
  private static final Pattern GOAL_RANGE = Pattern.compile(RANGE);
  /** A note giving units to goals by number: 上述目标中，第4、5项由…牵头 / 第1至3项由…负责. */
  private static final Pattern RANGE_NOTE = Pattern.compile(RANGE
      + "(?:目标)?[^。\\n]{0,4}(?:由|的牵头单位|牵头单位|责任单位)");
  private static final Pattern RANGE_PART =
      Pattern.compile("(\\d{1,3})(?:\\s*[至到—~～\\-－]\\s*第?\\s*(\\d{1,3}))?");
  private static final String LIST_SEPARATORS = "、，,；;";
  private static final String LIST_END = "）)。\n";
  private static final String SENTENCE_END = "。；;！!？?\n";
  private static final String CLAUSE_END = "，,：:";
  private static final String TRIM = " \u3000\t（()）：:。";
  /** Separators between cells of a table row: tab (Word/HTML tables) or | (markdown). */
  /** How far a working group or an organisation only HanLP knows may reach before its verb. */
  private static final int LENIENT_WINDOW = 16;
  private static final Pattern CELL = Pattern.compile("\t|\\s*\\|\\s*");

  private final DepartmentDictionary dictionary;
  private final UnitCues cues;

  public UnitExtractor() {
    this(DepartmentDictionary.shared(), new UnitCues());
  }

  UnitExtractor(DepartmentDictionary dictionary, UnitCues cues) {
    this.dictionary = dictionary;
    this.cues = cues;
  }

  // ---- items -----------------------------------------------------------------------------

  /**
   * Units assigned to one item, in text order, each name once per role.
   *
   * @param text the item's whole extent (number, text and trailing note)
   * @param span where that extent is in the plan's normalised text
   */
  public List<UnitAssignment> extract(String text, Span span) {
    List<UnitAssignment> out = new ArrayList<>();
    boolean[] masked = new boolean[text.length()];
    labelled(text, 0, text.length(), span.start(), out, masked);
    prose(text, span.start(), masked, out);
    byForm(text, span.start(), masked, out);
    return ordered(out);
  }

  /** 由X牵头 / 由X负责 as a whole clause, and X、Y配合 / 参与 / 协助 as a whole clause. */
  private static final Pattern FORM_LEAD = Pattern.compile("由([^，,。；;由]{3,60}?)(?:牵头|负责)");
  private static final Pattern FORM_COOPERATE =
      Pattern.compile("([^，,。；;由]{3,60}?)(?:配合|参与|协助|协同)");
  /**
   * A department by its form: a level prefix (县 / 市 / 区 / 旗 / 盟 / 州 / 省), a name and an
   * organisation suffix (局 / 委员会 / 委 / 办公室 / 办 / 中心 / 院 / 联合会 / 会 / 馆 / 站).
   */
  private static final Pattern FORM_NAME = Pattern.compile(
      "[县市区旗盟州省][\\u4e00-\\u9fff]{1,14}(?:局|委员会|委|办公室|办|中心|院|联合会|会|馆|站)");

  /**
   * Units the dictionary does not know, recognised by their form inside the clauses that can
   * only hold units: 由X牵头，Y、Z配合 at the end of a goal. A clause is taken only when every
   * name in it has the form, and a name found otherwise is not added twice.
   */
  private void byForm(String text, int base, boolean[] masked, List<UnitAssignment> out) {
    for (Clause c : clauses(text, 0, text.length())) {
      if (c.start() < masked.length && masked[c.start()]) {
        continue;
      }
      String clause = text.substring(c.start(), c.end()).strip();
      int at = text.indexOf(clause, c.start());
      Matcher lead = FORM_LEAD.matcher(clause);
      Matcher coop = FORM_COOPERATE.matcher(clause);
      if (lead.matches()) {
        formList(text, base, at + lead.start(1), at + lead.end(1), Role.LEAD, out);
      } else if (coop.matches()) {
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
        names.add(new int[] {a, i});
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

  private static List<UnitAssignment> ordered(List<UnitAssignment> units) {
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
  private void labelled(String text, int from, int to, int base, List<UnitAssignment> out,
      boolean[] masked) {
    int[] len = new int[1];
    int i = cues.nextLabel(text, from, len);
    while (i >= 0 && i < to) {
      Role role = cues.role("LABEL", text.substring(i, i + cues.at("LABEL", text, i)));
      int listStart = i + len[0];
      int[] nextLen = new int[1];
      int next = cues.nextLabel(text, listStart, nextLen);
      int end = listStart;
      while (end < to && (next < 0 || end < next) && LIST_END.indexOf(text.charAt(end)) < 0) {
        end++;
      }
      int maskFrom = i > 0 && "（(".indexOf(text.charAt(i - 1)) >= 0 ? i - 1 : i;
      int maskTo = end < to && "）)".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
      for (int k = maskFrom; k < maskTo && k < masked.length; k++) {
        masked[k] = true;
      }
      listItems(text, listStart, end, base, role, out);
      i = next;
    }
  }

  /** Splits a unit list on 、，,；; and X等Y, keeping names as written. */
  private void listItems(String text, int from, int to, int base, Role role,
      List<UnitAssignment> out) {
    int a = from;
    for (int i = from; i <= to; i++) {
      if (i == to || LIST_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        listItem(text, a, i, base, role, out);
        a = i + 1;
      }
    }
  }

  private void listItem(String text, int a, int b, int base, Role role, List<UnitAssignment> out) {
    while (a < b && TRIM.indexOf(text.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && TRIM.indexOf(text.charAt(b - 1)) >= 0) {
      b--;
    }
    while (b > a && dictionary.wordAt("GROUP_MARK", text, b - 1) == 1) {
      b--;
    }
    if (a >= b) {
      return;
    }
    String piece = text.substring(a, b);
    for (int k = 1; k < piece.length() - 1; k++) {
      int mark = dictionary.wordAt("GROUP_MARK", piece, k);
      if (mark > 0 && dictionary.endsWith("ORG_SUFFIX", piece.substring(k + mark))
          && dictionary.endsWith("ORG_SUFFIX", piece.substring(0, k))) {
        listItem(text, a, a + k, base, role, out);
        listItem(text, a + k + mark, b, base, role, out);
        return;
      }
    }
    UnitName n = dictionary.normalize(piece);
    out.add(assignment(n.shift(a), role, null, base));
  }

  private static UnitAssignment assignment(UnitName n, Role role, String duty, int base) {
    return new UnitAssignment(n.name(), role, n.department(), n.levelPrefix(), duty,
        new Span(base + n.start(), base + n.end()), n.region());
  }

  /** 由X牵头 / X负责… / X要… in the unmasked clauses of an item. */
  private void prose(String text, int base, boolean[] masked, List<UnitAssignment> out) {
    for (Clause c : clauses(text, 0, text.length())) {
      int start = skipNumbering(text, c.start(), c.end());
      if (start >= c.end() || masked[start]) {
        continue;
      }
      Subject subject = subject(text, start, c.end());
      if (subject != null && !subject.units().isEmpty() && !subject.dangling()) {
        int p = subject.end();
        int modal = cues.at("MODAL", text, p);
        int q = p + modal;
        int cue = cues.at("PROSE", text, q);
        if (cue > 0 && cues.at("NOT_DUTY", text, q) == 0) {
          Role role = cues.role("PROSE", text.substring(q, q + cue));
          for (UnitName u : subject.units()) {
            out.add(assignment(u, role, text.substring(p, c.end()).strip(), base));
          }
          continue;
        }
        if (modal > 0) {
          for (UnitName u : subject.units()) {
            out.add(assignment(u, Role.RESPONSIBLE, text.substring(p, c.end()).strip(), base));
          }
          continue;
        }
      }
      Agent agent = agent(text, start, c.end(), masked);
      if (agent != null) {
        Role role = cues.role("PROSE", agent.cue());
        for (UnitName u : agent.units()) {
          out.add(assignment(u, role, text.substring(agent.cueStart(), c.end()).strip(), base));
        }
      }
    }
  }

  // ---- implementation chapters ---------------------------------------------------------

  /**
   * Units given duties in an implementation or monitoring chapter, one per explicit duty, in text
   * order (县统计局 牵头组织开展年度监测; 监测组 负责监测工作的组织、指导和培训…).
   *
   * @param text the chapter's text
   * @param span where the chapter is in the plan's normalised text
   */
  public List<UnitAssignment> extractDuties(String text, Span span) {
    int base = span.start();
    List<UnitAssignment> out = new ArrayList<>();
    int sentence = -1;
    UnitName topic = null;
    Open open = null;
    for (Clause c : clauses(text, 0, text.length())) {
      if (c.sentence() != sentence) {
        close(open, text, base, out);
        open = null;
        topic = null;
        sentence = c.sentence();
      }
      int start = skipNumbering(text, c.start(), c.end());
      if (start >= c.end()) {
        continue;
      }
      Subject subject = subject(text, start, c.end());
      if (subject != null && !subject.dangling() && subject.end() < c.end()) {
        close(open, text, base, out);
        open = null;
        int p = subject.end();
        int agentLength = cues.at("AGENT", text, p);
        if (agentLength > 0) {
          // Y由X牵头: X leads Y, and Y is what the next clauses without a subject are about.
          Agent agent = agentAt(text, p, c.end());
          if (agent != null && !subject.units().isEmpty()) {
            String rest = text.substring(agent.cueStart() + agent.cue().length(), c.end()).strip();
            String duty = agent.cue() + (rest.isEmpty() ? subject.units().get(0).name() : rest);
            for (UnitName u : agent.units()) {
              out.add(assignment(u, roleOf(duty), duty, base));
            }
          }
          if (!subject.units().isEmpty()) {
            topic = subject.units().get(0);
          }
          continue;
        }
        if (subject.units().isEmpty()) {
          continue;
        }
        int establish = cues.at("ESTABLISH", text, p);
        UnitName object = establish > 0 ? dictionary.match(text, p + establish, true) : null;
        topic = object != null ? object : subject.units().get(0);
        open = new Open(subject.units(), p, c.end());
        continue;
      }
      Agent agent = agent(text, start, c.end(), null);
      if (agent != null) {
        close(open, text, base, out);
        open = new Open(agent.units(), agent.cueStart(), c.end());
        continue;
      }
      if (cues.at("AGENT", text, start) > 0) {
        // 由…负责同志组成: not a duty, and what follows is not a continuation of one.
        close(open, text, base, out);
        open = null;
        continue;
      }
      boolean dutyFirst = (cues.at("DUTY", text, start) > 0 || cues.at("PROSE", text, start) > 0)
          && cues.at("NOT_DUTY", text, start) == 0;
      if (open != null) {
        open = open.extend(c.end());
      } else if (dutyFirst && topic != null) {
        open = new Open(List.of(topic), start, c.end());
      }
    }
    close(open, text, base, out);
    return merged(out, text, base);
  }

  /** A duty being read: its units, and where the duty starts and (so far) ends. */
  private record Open(List<UnitName> units, int start, int end) {
    Open extend(int newEnd) {
      return new Open(units, start, newEnd);
    }
  }

  private void close(Open open, String text, int base, List<UnitAssignment> out) {
    if (open == null) {
      return;
    }
    String duty = text.substring(open.start(), open.end()).strip();
    if (!cues.hasDuty(duty)) {
      return;
    }
    for (UnitName u : open.units()) {
      out.add(assignment(u, roleOf(duty), duty, base));
    }
  }

  private Role roleOf(String duty) {
    int cue = cues.at("PROSE", duty, 0);
    return cue > 0 ? cues.role("PROSE", duty.substring(0, cue)) : Role.RESPONSIBLE;
  }

  /** Merges 向…报送 / 向…提交 duties of one department within a paragraph (成员单位 report twice). */
  private static List<UnitAssignment> merged(List<UnitAssignment> units, String text, int base) {
    List<UnitAssignment> out = new ArrayList<>();
    outer:
    for (UnitAssignment b : units) {
      if (b.department() != null && b.duty() != null && b.duty().startsWith("向")) {
        for (int k = out.size() - 1; k >= 0; k--) {
          UnitAssignment a = out.get(k);
          if (text.substring(a.span().start() - base, b.span().start() - base).indexOf('\n') >= 0) {
            break;
          }
          if (b.department().equals(a.department()) && a.duty() != null
              && a.duty().startsWith("向") && !a.duty().contains("；")) {
            out.set(k, a.withDuty(a.duty() + "；" + b.duty()));
            continue outer;
          }
        }
      }
      out.add(b);
    }
    return out;
  }

  // ---- sections and tables ---------------------------------------------------------------

  /**
   * Units given once for a whole section, which its items inherit: label lists on the section's
   * heading line (一、妇女与健康（牵头单位：区卫生健康局）) and on lines of their own that start with a
   * label, bare or in parentheses (牵头单位：区卫生健康局；配合单位：区妇联). Labels inside numbered
   * items are the items' own and are not returned.
   *
   * @param sectionText the section's text, heading line first
   * @param span where it is in the plan's normalised text
   */
  public List<UnitAssignment> sectionUnits(String sectionText, Span span) {
    List<UnitAssignment> out = new ArrayList<>();
    int lineStart = 0;
    boolean first = true;
    while (lineStart <= sectionText.length()) {
      int lineEnd = sectionText.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = sectionText.length();
      }
      int s = lineStart;
      while (s < lineEnd && (sectionText.charAt(s) == ' ' || sectionText.charAt(s) == '\u3000'
          || sectionText.charAt(s) == '（' || sectionText.charAt(s) == '(')) {
        s++;
      }
      int[] len = new int[1];
      boolean ownLine = s < lineEnd && cues.nextLabel(sectionText, s, len) == s;
      if (first || ownLine) {
        boolean[] masked = new boolean[sectionText.length()];
        labelled(sectionText, lineStart, lineEnd, span.start(), out, masked);
      }
      first = false;
      lineStart = lineEnd + 1;
    }
    return ordered(out);
  }

  /**
   * The units column(s) of an indicator table: one list per data row, in row order. The header is
   * the first row with a cell that contains a label (牵头单位, 责任单位, 配合单位 …); each such column
   * gives its role to the names in it (split like a list; labels inside a cell win). Cells are
   * separated by tabs (Word and HTML tables) or | (markdown); a markdown rule row (|---|) is
   * skipped.
   *
   * @param tableText the table, one row per line
   * @param span where it is in the plan's normalised text
   */
  public List<List<UnitAssignment>> tableUnits(String tableText, Span span) {
    List<List<UnitAssignment>> rows = new ArrayList<>();
    Role[] roles = null;
    int lineStart = 0;
    while (lineStart < tableText.length()) {
      int lineEnd = tableText.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = tableText.length();
      }
      List<int[]> cells = cells(tableText, lineStart, lineEnd);
      if (roles == null) {
        Role[] found = new Role[cells.size()];
        boolean any = false;
        for (int k = 0; k < cells.size(); k++) {
          String cell = tableText.substring(cells.get(k)[0], cells.get(k)[1]);
          for (int i = 0; i < cell.length(); i++) {
            int n = cues.at("LABEL", cell, i);
            if (n > 0) {
              found[k] = cues.role("LABEL", cell.substring(i, i + n));
              any = true;
              break;
            }
          }
        }
        if (any) {
          roles = found;
        }
      } else if (!tableText.substring(lineStart, lineEnd).matches("[\\s|:\\-—]*")) {
        List<UnitAssignment> row = new ArrayList<>();
        for (int k = 0; k < cells.size() && k < roles.length; k++) {
          if (roles[k] == null) {
            continue;
          }
          int a = cells.get(k)[0];
          int b = cells.get(k)[1];
          int[] len = new int[1];
          int label = cues.nextLabel(tableText, a, len);
          if (label >= 0 && label < b) {
            labelled(tableText, a, b, span.start(), row, new boolean[tableText.length()]);
          } else {
            listItems(tableText, a, b, span.start(), roles[k], row);
          }
        }
        rows.add(ordered(row));
      }
      lineStart = lineEnd + 1;
    }
    return rows;
  }

  private static List<int[]> cells(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    String line = text.substring(from, to);
    boolean markdown = line.indexOf('\t') < 0 && line.strip().startsWith("|");
    Matcher m = CELL.matcher(line);
    int a = 0;
    while (m.find()) {
      if (!markdown || m.group().contains("|")) {
        out.add(new int[] {from + a, from + m.start()});
        a = m.end();
      }
    }
    out.add(new int[] {from + a, to});
    if (markdown) {
      out.remove(0); // before the leading |
      if (!out.isEmpty() && out.get(out.size() - 1)[0] == out.get(out.size() - 1)[1]) {
        out.remove(out.size() - 1); // after the trailing |
      }
    }
    return out;
  }

  /** Items without units of their own get the section's units; the others keep theirs. */
  /**
   * Units assigned to goals by their numbers in a note after the list (上述目标中，第1至3项由县卫生
   * 健康局牵头，县医疗保障局配合；第4、5项由…): where the first such note starts in {@code text},
   * and the units of each numbered goal; null when the text has no such note.
   *
   * @param text the text the note may be in (the last item of a list, with what follows it)
   * @param span where {@code text} is
   */
  public RangeNote rangeNote(String text, Span span) {
    Matcher m = RANGE_NOTE.matcher(text);
    if (!m.find()) {
      return null;
    }
    int start = text.lastIndexOf('\n', m.start()) + 1;
    java.util.Map<Integer, List<UnitAssignment>> out = new java.util.TreeMap<>();
    int clauseStart = start;
    for (int i = start; i <= text.length(); i++) {
      if (i < text.length() && "；;。\n".indexOf(text.charAt(i)) < 0) {
        continue;
      }
      String clause = text.substring(clauseStart, i);
      Matcher r = GOAL_RANGE.matcher(clause);
      if (r.find()) {
        List<UnitAssignment> units = extract(clause, new Span(span.start() + clauseStart,
            span.start() + i));
        for (int n : ordinals(r.group(1))) {
          out.computeIfAbsent(n, k -> new ArrayList<>()).addAll(units);
        }
      }
      clauseStart = i + 1;
    }
    return out.isEmpty() ? null : new RangeNote(start, out);
  }

  /** A goal-range note: where it starts in the text searched, and the units per goal number. */
  public record RangeNote(int start, java.util.Map<Integer, List<UnitAssignment>> units) {}

  /** 1至3 → 1, 2, 3; 4、5 → 4, 5; 1-3、6 → 1, 2, 3, 6. */
  static List<Integer> ordinals(String range) {
    List<Integer> out = new ArrayList<>();
    Matcher m = RANGE_PART.matcher(range);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
      for (int i = a; i <= b && i - a < 50; i++) {
        out.add(i);
      }
    }
    return out;
  }

  public static List<Item> inherit(List<Item> items, List<UnitAssignment> sectionUnits) {
    if (sectionUnits.isEmpty()) {
      return items;
    }
    List<Item> out = new ArrayList<>(items.size());
    for (Item item : items) {
      out.add(item.units().isEmpty() ? item.withUnits(sectionUnits) : item);
    }
    return out;
  }

  /**
   * Places units in the plan's region: a unit without a region of its own whose level prefix is
   * the plan's level gets the plan's region (区卫生健康局 in 博山区's plan → 博山区); one a level up
   * gets the parent city (市妇儿工委 → 淄博市), 省 the province. Others are left as they are.
   */
  public static List<UnitAssignment> placeIn(List<UnitAssignment> units, Region region) {
    if (region == null || region.name() == null || units.isEmpty()) {
      return units;
    }
    List<UnitAssignment> out = new ArrayList<>(units.size());
    for (UnitAssignment u : units) {
      String placed = u.region();
      String level = u.levelPrefix();
      if (placed == null && level != null) {
        if (level.equals(region.level()) || region.name().endsWith(level)) {
          placed = region.name();
        } else if (region.city() != null && region.city().endsWith(level)) {
          placed = region.city();
        } else if (region.province() != null && "省".equals(level)) {
          placed = region.province();
        }
      }
      out.add(placed == null ? u : u.withRegion(placed));
    }
    return out;
  }

  // ---- clause reading --------------------------------------------------------------------

  /** A clause [start, end) of a sentence (numbered in text order). */
  private record Clause(int start, int end, int sentence) {}

  private static List<Clause> clauses(String text, int from, int to) {
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

  private static int skipNumbering(String text, int start, int end) {
    int s = start;
    while (s < end && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u3000')) {
      s++;
    }
    Numbering n = Numbering.parse(text.subSequence(s, end));
    s = n == null || n.style() == NumberingStyle.CHAPTER || n.style() == NumberingStyle.SECTION
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
  private record Subject(List<UnitName> units, boolean generic, int end, boolean dangling) {}

  private Subject subject(String text, int at, int limit) {
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
  private record Agent(List<UnitName> units, String cue, int cueStart) {}

  /** The first 由X牵头 / 由X负责 in {@code [from, to)} (outside {@code masked}), or null. */
  private Agent agent(String text, int from, int to, boolean[] masked) {
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

  private Agent agentAt(String text, int at, int to) {
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
