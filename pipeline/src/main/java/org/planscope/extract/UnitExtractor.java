package org.planscope.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.extract.UnitClauseGrammar.Agent;
import org.planscope.extract.UnitClauseGrammar.Clause;
import org.planscope.extract.UnitClauseGrammar.Subject;
import org.planscope.model.Item;
import org.planscope.model.Region;
import org.planscope.model.Role;
import org.planscope.model.Span;
import org.planscope.model.UnitAssignment;

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
 *   <li><b>Implementation duties</b> ({@link #extractDuties}, read by {@link DutyReader}): a
 *       clause that starts with named units and whose predicate carries a duty verb; the duty runs
 *       over the following clauses that have no subject of their own.
 *   <li><b>Whole sections</b> ({@link #sectionUnits}) and <b>indicator tables</b> ({@link
 *       #tableUnits}) for the structure stage to call; {@link #inherit} gives a section's units to
 *       its items that have none.
 * </ul>
 *
 * <p>Names are recognised and normalised by {@link DepartmentDictionary}; label and form lists
 * are read by {@link UnitLists}, clause subjects and agents by {@link UnitClauseGrammar}.
 * Thread-safe.
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
  /** A header over a column of domains (领域, 类别), the column whose merged cells print blank. */
  private static final Pattern MERGED_HEADER = Pattern.compile("领域|类别");
  /** Separators between cells of a table row: tab (Word/HTML tables) or | (markdown). */
  private static final Pattern CELL = Pattern.compile("\t|\\s*\\|\\s*");

  private final UnitCues cues;
  private final UnitClauseGrammar grammar;
  private final UnitLists lists;
  private final DutyReader duties;

  public UnitExtractor() {
    this(DepartmentDictionary.shared(), new UnitCues());
  }

  UnitExtractor(DepartmentDictionary dictionary, UnitCues cues) {
    this.cues = cues;
    this.grammar = new UnitClauseGrammar(dictionary, cues);
    this.lists = new UnitLists(dictionary, cues);
    this.duties = new DutyReader(dictionary, cues, grammar);
  }

  // ---- items -----------------------------------------------------------------------------

  /**
   * Units assigned to one item, in text order, each name once per role.
   *
   * @param text the item's whole extent (number, text and trailing note)
   * @param span where that extent is in the plan's normalised text
   */
  public List<UnitAssignment> extract(String text, Span span) {
    WrappedNotes joined = WrappedNotes.of(text);
    if (joined != null) { // a note wrapped over lines (PDF): read joined, spans mapped back
      return joined.mapped(extractJoined(joined.text, 0), span.start());
    }
    return extractJoined(text, span.start());
  }

  private List<UnitAssignment> extractJoined(String text, int base) {
    Span span = new Span(base, base + text.length());
    List<UnitAssignment> out = new ArrayList<>();
    boolean[] masked = new boolean[text.length()];
    lists.labelled(text, 0, text.length(), span.start(), out, masked);
    prose(text, span.start(), masked, out);
    lists.byForm(text, span.start(), masked, out);
    bareNote(text, span.start(), masked, out);
    return UnitLists.ordered(out);
  }

  /**
   * A note that closes the item and holds unit names alone (加强家庭教育指导（县妇联、县教育局）。,
   * 【县妇联、县教育局】):
   * the units that carry it out, responsible; nothing when any word in it is not a unit's.
   */
  private void bareNote(String text, int base, boolean[] masked, List<UnitAssignment> out) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '。')) {
      end--;
    }
    if (end < 3 || !UnitClauseGrammar.closesNote(text.charAt(end - 1))) {
      return;
    }
    int open = end - 2;
    while (open >= 0 && !UnitClauseGrammar.opensNote(text.charAt(open))) {
      open--;
    }
    if (open < 0 || masked[open + 1]) {
      return;
    }
    // names set apart by spaces only (（县卫生健康局 县医疗保障局）) are a list as with 、
    StringBuilder note = new StringBuilder(text);
    for (int i = open + 1; i < end - 1; i++) {
      if (Character.isWhitespace(note.charAt(i)) || note.charAt(i) == '\u3000') {
        note.setCharAt(i, '、');
      }
    }
    Subject s = grammar.subject(note.toString(), open + 1, end - 1);
    if (s == null || s.units().isEmpty() || s.dangling() || s.end() != end - 1) {
      return;
    }
    for (UnitName u : s.units()) {
      out.add(UnitLists.assignment(u, Role.RESPONSIBLE, "", base));
    }
  }


  /**
   * 由X牵头 / X负责… / X要… in the unmasked clauses of an item, bracketed or not: at each clause's
   * start, and in a bracketed note glued to the clause's words (加强妇幼保健机构建设（县卫健局牵头，县妇联
   * 配合）).
   */
  private void prose(String text, int base, boolean[] masked, List<UnitAssignment> out) {
    for (Clause c : UnitClauseGrammar.clauses(text, 0, text.length())) {
      // a note in brackets after the item's sentence: （县教体局负责） （县卫健委牵头，县妇联配合）
      int start = UnitClauseGrammar.skipNoteOpen(text,
          UnitClauseGrammar.skipNumbering(text, c.start(), c.end()), c.end());
      proseAt(text, base, masked, out, start, c.end());
      for (int i = start + 1; i < c.end(); i++) {
        char ch = text.charAt(i);
        if (UnitClauseGrammar.opensNote(ch) && !masked[i]) {
          proseAt(text, base, masked, out, UnitClauseGrammar.skipNoteOpen(text, i, c.end()),
              c.end());
        }
      }
    }
  }

  /** The units a clause (or a note) opening at {@code start} assigns, by subject or agent. */
  private void proseAt(String text, int base, boolean[] masked, List<UnitAssignment> out,
      int start, int end) {
    if (start >= end || masked[start]) {
      return;
    }
    Subject subject = grammar.subject(text, start, end);
    if (subject != null && !subject.units().isEmpty() && !subject.dangling()) {
      int p = subject.end();
      int modal = cues.at("MODAL", text, p);
      int q = p + modal;
      q += cues.at("MANNER", text, q); // 县卫健局、县妇联按职责分工负责
      int cue = cues.at("PROSE", text, q);
      if (cue > 0 && cues.at("NOT_DUTY", text, q) == 0) {
        Role role = cues.role("PROSE", text.substring(q, q + cue));
        assign(text, subject.units(), role, duty(text, p, end), base, out);
        return;
      }
      if (modal > 0) {
        for (UnitName u : subject.units()) {
          out.add(UnitLists.assignment(u, Role.RESPONSIBLE, duty(text, p, end), base));
        }
        return;
      }
    }
    Agent agent = grammar.agent(text, start, end, masked);
    if (agent != null) {
      Role role = cues.role("PROSE", agent.cue());
      assign(text, agent.units(), role, duty(text, agent.cueStart(), end), base, out);
    }
  }

  /**
   * The units of one prose clause, all in its role; but 由县卫生健康局会同县妇联负责: the units
   * before 会同 convene the work, they lead it, and the units after it are responsible.
   */
  private static void assign(String text, List<UnitName> units, Role role, String duty, int base,
      List<UnitAssignment> out) {
    int convened = 0;
    for (int k = 1; k < units.size() && convened == 0; k++) {
      if (text.substring(units.get(k - 1).end(), units.get(k).start()).contains("会同")) {
        convened = k;
      }
    }
    for (int k = 0; k < units.size(); k++) {
      Role r = convened == 0 || role == Role.COOPERATING ? role
          : k < convened ? Role.LEAD : Role.RESPONSIBLE;
      out.add(UnitLists.assignment(units.get(k), r, duty, base));
    }
  }

  /** The duty words of a clause, without the bracket that closes a note around it (负责）). */
  static String duty(String text, int from, int to) {
    String d = text.substring(from, to).strip();
    int open = 0;
    for (int i = 0; i < d.length(); i++) {
      char ch = d.charAt(i);
      if (UnitClauseGrammar.opensNote(ch)) {
        open++;
      } else if (UnitClauseGrammar.closesNote(ch) && open-- == 0) {
        return d.substring(0, i).strip(); // closes what began before the clause
      }
    }
    return d;
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
    return duties.read(text, span);
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
      int s = UnitClauseGrammar.skipNoteOpen(sectionText, lineStart, lineEnd);
      int[] len = new int[1];
      boolean ownLine = s < lineEnd && cues.nextLabel(sectionText, s, len) == s;
      if (first || ownLine) {
        boolean[] masked = new boolean[sectionText.length()];
        lists.labelled(sectionText, lineStart, lineEnd, span.start(), out, masked);
      }
      first = false;
      lineStart = lineEnd + 1;
    }
    return UnitLists.ordered(out);
  }

  /**
   * The units column(s) of an indicator table: one list per data row, in row order. The header is
   * the first row with a cell that is a label (牵头单位, 责任单位, 配合单位 …; not a cell that only
   * holds a label's word, as the 领域 cell 妇女参与决策和管理 holds 参与); each such column
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
    boolean mergedFirst = false; // a first column of domains, whose cells may be merged (blank)
    Map<Integer, List<UnitAssignment>> leads = new HashMap<>(); // the last lead of each column
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
          found[k] = headerRole(tableText.substring(cells.get(k)[0], cells.get(k)[1]));
          any |= found[k] != null;
        }
        if (any) {
          roles = found;
          mergedFirst = !cells.isEmpty() && MERGED_HEADER.matcher(
              tableText.substring(cells.get(0)[0], cells.get(0)[1])).find();
        }
      } else if (!tableText.substring(lineStart, lineEnd).matches("[\\s|:\\-—]*")) {
        List<UnitAssignment> row = new ArrayList<>();
        // a plain-text row one cell short lost the tab of its merged (blank) first cell
        int shift = mergedFirst && cells.size() == roles.length - 1 && roles[0] == null ? 1 : 0;
        for (int k = 0; k < cells.size() && k + shift < roles.length; k++) {
          if (roles[k + shift] == null) {
            continue;
          }
          int a = cells.get(k)[0];
          int b = cells.get(k)[1];
          int before = row.size();
          if (roles[k + shift] == Role.LEAD && tableText.substring(a, b).isBlank()
              && leads.containsKey(k + shift)) {
            row.addAll(leads.get(k + shift)); // a lead cell merged down over this row
            continue;
          }
          int[] len = new int[1];
          int label = cues.nextLabel(tableText, a, len);
          if (label >= 0 && label < b) {
            lists.labelled(tableText, a, b, span.start(), row, new boolean[tableText.length()]);
          } else {
            lists.listItems(tableText, a, b, span.start(), roles[k + shift], row);
          }
          if (roles[k + shift] == Role.LEAD && row.size() > before) {
            leads.put(k + shift, List.copyOf(row.subList(before, row.size())));
          }
        }
        rows.add(UnitLists.ordered(row));
      }
      lineStart = lineEnd + 1;
    }
    return rows;
  }

  /**
   * The role of a header cell that is a label (牵头单位, 【责任单位】, 主要配合部门, 责任单位及完成时限),
   * or null: the label opens the cell and little follows it, so a data cell that merely holds a
   * label's word (妇女参与决策和管理, a 领域 cell) is no header.
   */
  private Role headerRole(String cell) {
    String c = HEADER_NOISE.matcher(cell).replaceAll("");
    int at = c.startsWith("主要") || c.startsWith("具体") ? 2 : 0;
    int n = cues.at("LABEL", c, at);
    return n > 0 && c.length() - at - n <= MAX_HEADER_TAIL ? cues.role("LABEL", c.substring(at, at + n))
        : null;
  }

  /** Spaces, brackets and stars around a header's label (【牵头单位】, *责任单位*). */
  private static final Pattern HEADER_NOISE = Pattern.compile("[\\s\u3000【】\\[\\]*]");
  /** What a label header may carry after its label: （部门）, 及完成时限. */
  private static final int MAX_HEADER_TAIL = 6;

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

  /**
   * Units assigned to goals by their numbers in a note after the list (上述目标中，第1至3项由县卫生
   * 健康局牵头，县医疗保障局配合；第4、5项由…): where the first such note starts in {@code text},
   * and the units of each numbered goal; null when the text has no such note.
   *
   * @param text the text the note may be in (the last item of a list, with what follows it)
   * @param span where {@code text} is
   */
  /**
   * The units of a note that closes a domain and gives them to all its items (以上目标和措施由旗卫健局
   * 牵头，旗医保局、旗妇联等部门配合落实。): a paragraph of its own in the last item's extent; empty when
   * there is none, or when it gives units by number ({@link #rangeNote}).
   */
  public List<UnitAssignment> closingNote(String text, Span span) {
    Matcher m = CLOSING_NOTE.matcher(text);
    if (!m.find()) {
      return List.of();
    }
    int end = text.indexOf('。', m.end());
    end = end < 0 ? text.length() : end + 1;
    return extract(text.substring(m.start(), end), new Span(span.start() + m.start(),
        span.start() + end));
  }

  /** A paragraph that gives units to the items above it, all of them: 以上目标和措施由…牵头. */
  private static final Pattern CLOSING_NOTE = Pattern.compile("(?<=\\n)[ \\t\u3000]*(?:以上|上述)"
      + "(?:各项)?(?:目标|措施|任务|工作)(?![^。\\n]*第\\s*\\d)[^。\\n]{0,12}?(?:由|牵头单位|责任单位)");

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

  /** Items without units of their own get the section's units; the others keep theirs. */
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
}
