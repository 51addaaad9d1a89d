package org.planscope.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an item's text ends before the unit notes printed after it — a bracket (（牵头单位：…）,
 * （县卫健局牵头，县妇联配合）, （县市场监管局）), a unit line of its own (牵头单位：…；配合单位：…), a
 * closing sentence that only names units (由县卫生健康局牵头，县公安局配合。) — which the unit stage
 * reads from the item's extent.
 */
final class UnitNotes {
  /**
   * A sentence that only says who leads and who helps: 由X牵头，Y、Z配合。, 由X会同Y负责落实。,
   * 此项工作由X牵头，Y配合实施。
   */
  private static final Pattern PROSE_UNITS = Pattern.compile(
      "\\s*(?:此项工作|该项工作|以上工作)?由[^。，,；;]{2,40}?(?:会同[^。，,；;]{2,40}?)?(?:牵头|负责)"
          + "(?:落实|实施|推进|组织实施)?(?:[，,][^。，,；;]{2,60}(?:配合|参与|协助|协同)(?:实施|落实|推进)?)?"
          + "[。；;]?\\s*");

  /** A unit's name as notes print it: 县卫健局, 县妇儿工委各成员单位, 有关部门, 各级妇联. */
  private static final String UNIT = "(?:各|有关)?\\p{IsHan}{0,20}?(?:局|委|办|会|院|部门|部|厅|处|中心|政府"
      + "|联|协|法院|公司|队|所|站|社|馆|署|校|单位)(?:等(?:部门|单位)?)?";
  private static final String UNITS = UNIT + "(?:(?:[、，,和及与]|[\\s\u3000]+)" + UNIT + ")*";
  private static final String ROLE =
      "(?:按职责分工|按职责|分别|共同)?(?:牵头|负责|配合|落实|参与|协助|协同|主责|承办)";
  /**
   * A note in brackets that only says who does it: （县卫健局牵头，县妇联配合）, （县公安局、县教育局按
   * 职责分工负责）, or unit names alone (（县市场监管局）).
   */
  private static final String ROLES = "由?" + UNITS + ROLE + "(?:[，,；;]由?" + UNITS + ROLE + ")*";
  private static final Pattern BRACKET_UNITS = Pattern.compile("(?:" + ROLES + "|" + UNITS
      + ")[。；;]?");
  /** A closing sentence of the same (县公安局牵头，县教育局配合。), names alone excepted. */
  private static final Pattern SENTENCE_UNITS =
      Pattern.compile("\\s*(?:[—－]{1,2}\\s*)?" + ROLES + "[。；;]?\\s*"); // also after a dash

  /** The bracket a label may open with: 【责任单位】县卫健局. */
  private static final Pattern LABEL_BRACKET = Pattern.compile("^[【\\[]");

  private final StructureCues cues;
  private final String t;

  UnitNotes(StructureCues cues, String t) {
    this.cues = cues;
    this.t = t;
  }

  /**
   * The end of an item's text without trailing unit parentheses: （牵头单位：…。责任单位：…）,
   * （县卫健局牵头，县妇联配合）, （县市场监管局）, 【县医保局牵头，县人社局负责】, also followed by 。 or
   * repeated; a parenthesis
   * that is no unit note (（约束性指标）, （2025年）) stays.
   */
  int end(int start, int end) {
    end = trimEnd(start, end);
    // a paragraph of its own that opens with a role cue (牵头单位：…；配合单位：…) is a unit line;
    // the rows of a table printed after the item are not its text either, nor is their caption
    boolean row = false;
    for (int nl = t.lastIndexOf('\n', end - 1); nl > start; nl = t.lastIndexOf('\n', end - 1)) {
      int s = nl + 1;
      while (s < end && (Character.isWhitespace(t.charAt(s)) || "（(【[".indexOf(t.charAt(s)) >= 0)) {
        s++;
      }
      String para = t.substring(s, end);
      boolean caption = row && TableCaptions.isCaption(t.substring(nl + 1, end), cues)
          || TableCaptions.isLeadIn(para);
      row = para.indexOf('\t') > 0;
      if (cues.prefix(CueKind.UNIT_ROLE, para) == null && !ItemCollector.RANGE_NOTE.matcher(para).lookingAt()
          && !CLOSING_NOTE.matcher(para).lookingAt()
          && !row && !caption) {
        break;
      }
      end = trimEnd(start, nl); // a unit line, or a table row (cells between tabs) after the item
    }
    // a closing sentence that only names units (由县卫生健康局牵头，县公安局配合。), or lists them
    // after a label (…。主要责任单位：县公安局。)
    int prev = t.lastIndexOf('。', end - 2);
    if (prev >= start && (PROSE_UNITS.matcher(t.substring(prev + 1, end)).matches()
        || cues.prefix(CueKind.UNIT_ROLE, LABEL_BRACKET.matcher(t.substring(prev + 1, end).strip())
            .replaceFirst("")) != null
            && !closesBefore(prev + 1, end) // not a 。 inside a bracketed note
        || end - prev < 100 && assignsRole(prev + 1, end)
            && SENTENCE_UNITS.matcher(t.substring(prev + 1, end)).matches())) {
      end = trimEnd(start, prev + 1);
    }
    while (end - start > 2) {
      int open = noteOpen(start, end);
      if (open < 0) {
        break;
      }
      end = trimEnd(start, open);
    }
    return end;
  }

  /**
   * Where the unit note in brackets that ends [start, end) opens (after it, perhaps, its deadline:
   * （牵头单位：…）（2025年底前）), or -1.
   */
  private int noteOpen(int start, int end) {
    int e = t.charAt(end - 1) == '。' && isClose(t.charAt(end - 2)) ? end - 1 : end;
    int open = isClose(t.charAt(e - 1)) ? matchingOpen(start, e - 1) : -1;
    String note = open < 0 ? "" : t.substring(open + 1, e - 1).strip();
    if (open >= 0 && DEADLINE.matcher(note).matches()) {
      int before = trimEnd(start, open);
      return before - start > 2 && noteOpen(start, before) >= 0 ? open : -1;
    }
    if (open < 0 || cues.prefix(CueKind.UNIT_ROLE, note) == null
        && (note.length() > 100 || !BRACKET_UNITS.matcher(note).matches()
            || COUNTED_BY.matcher(note).matches())) { // （以乡镇为单位）: how the rate is counted
      return -1;
    }
    return open;
  }

  /** The unit a rate is counted over, no unit of work: 以乡镇为单位, 以县为统计单位. */
  private static final Pattern COUNTED_BY = Pattern.compile("以[^，,。；;]{1,12}为(?:统计|计算)?单位(?:统计|计算)?");

  /** A deadline in brackets after a unit note: 2025年底前, 2023年6月, 长期坚持, 2022—2025年. */
  private static final Pattern DEADLINE = Pattern.compile("(?:完成时限[：:])?(?:\\d{4}年(?:\\d{1,2}月)?"
      + "(?:底|末)?(?:前|以前|完成)?|\\d{4}年?[—\\-–~至]\\d{4}年|长期坚持|持续推进|长期|持续开展)");

  /** Whether {@code [a, b)} holds a role verb at all (牵头, 负责, 配合 …): before the full grammar. */
  private boolean assignsRole(int a, int b) {
    String sentence = t.substring(a, b);
    for (String v : ROLE_VERBS) {
      if (sentence.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> ROLE_VERBS =
      List.of("牵头", "负责", "配合", "落实", "参与", "协助", "协同", "主责", "承办");

  private int trimEnd(int start, int end) {
    return trimEnd(t, start, end);
  }

  /** {@code end} moved back over the whitespace before it, not past {@code start}. */
  static int trimEnd(String t, int start, int end) {
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private int matchingOpen(int start, int close) {
    int depth = 0;
    for (int i = close; i >= start; i--) {
      char c = t.charAt(i);
      if (isClose(c)) {
        depth++;
      } else if (c == '（' || c == '(' || c == '【') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** A bracket that may close a note: ）, ), and 】 (【县医保局牵头，县人社局负责】). */
  private static boolean isClose(char c) {
    return c == '）' || c == ')' || c == '】';
  }

  /**
   * Whether {@code [a, b)} closes a bracket it did not open: the 。 before it is inside a bracketed
   * note (（牵头单位：…。责任单位：…）). A marker in brackets (县卫健局（牵头）) opens and closes.
   */
  private boolean closesBefore(int a, int b) {
    int depth = 0;
    for (int i = a; i < b; i++) {
      char c = t.charAt(i);
      if ("（(【〔".indexOf(c) >= 0) {
        depth++;
      } else if ("）)】〕".indexOf(c) >= 0 && --depth < 0) {
        return true;
      }
    }
    return false;
  }

  /** A paragraph that gives units to all the items above it: 以上目标和措施由…牵头，…配合。 */
  private static final Pattern CLOSING_NOTE = Pattern.compile(
      "(?:以上|上述)(?:各项)?(?:目标|措施|任务|工作)(?![^。\\n]*第\\s*\\d)[^。\\n]{0,12}?(?:由|牵头单位|责任单位)");
}
