package org.planscope.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The points of a list printed without numbers: 一是……；二是…… inside a paragraph, and the
 * sentence that leads into a list (its overall aim), which is no point of it.
 */
final class ListPoints {
  private ListPoints() {}

  static final String ORDINALS = "一二三四五六七八九十";

  /** 一是 / 二是 …: a point of an enumeration, printed in place of a number. */
  static boolean ordinalAt(String t, int i) {
    return i + 2 <= t.length() && ORDINALS.indexOf(t.charAt(i)) >= 0 && t.charAt(i + 1) == '是';
  }

  /**
   * Where a paragraph that enumerates 一是……；二是……；三是…… starts each point: at 一是 where it
   * opens the paragraph, then at each next ordinal + 是 after a clause or sentence end, in
   * sequence. Just the paragraph's start when it does not open with 一是 or names no 二是 (a
   * sentence that enumerates inside an item stays one item). A paragraph that opens with an
   * ordinal + 是 is numbered by it, whether or not the next point shares its paragraph. With
   * {@code leadIn} (a goal list) the points may follow a sentence that leads into them (到2025年，
   * ……更加健全。一是……；二是……): that sentence is the overall aim, no point of its own.
   */
  static List<Integer> ordinalCuts(String t, int a, int b, boolean leadIn) {
    int first = a;
    if (leadIn && !t.startsWith("一是", a)) {
      int i = t.indexOf("一是", a);
      // (or a short opening clause: 到2025年，一是……)
      first = i > a && i < b && ("。：:".indexOf(t.charAt(i - 1)) >= 0
          || "，,".indexOf(t.charAt(i - 1)) >= 0 && i - a <= 12) ? i : a;
    }
    List<Integer> cuts = new ArrayList<>(List.of(first));
    if (!t.startsWith("一是", first)) {
      return cuts;
    }
    int next = 1;
    for (int i = first + 2; i + 1 < b && next < ORDINALS.length(); i++) {
      if (t.charAt(i) == ORDINALS.charAt(next) && t.charAt(i + 1) == '是'
          && "。；;，,".indexOf(t.charAt(i - 1)) >= 0) {
        cuts.add(i);
        next++;
      }
    }
    return cuts.size() > 1 ? cuts : List.of(a);
  }

  /**
   * The items without the sentence that leads into them (到2025年，中医药服务体系进一步健全。 over
   * ——中医药人才队伍不断壮大。……, the bullets gone in the normalised text): one sentence that opens
   * with the target year and states no figure is the overall aim, no item of its own, when no
   * other item opens with a year; so is such a sentence alone over an indicator table ({@code
   * table}).
   */
  static List<OutlineNode> withoutLeadIn(String t, List<OutlineNode> items, boolean table) {
    if (table && items.stream().allMatch(n -> aimOverTable(n.content().in(t).strip()))) {
      return List.of(); // 到2025年，……基本建成。(展望2035年，……。) over the indicator table
    }
    if (items.size() < 3 || !LEAD_IN.matcher(items.get(0).content().in(t).strip()).matches()
        || items.stream().skip(1).anyMatch(n -> YEAR_FIRST.matcher(n.content().in(t)).lookingAt())) {
      return items;
    }
    List<OutlineNode> out = new ArrayList<>(items.size() - 1);
    for (OutlineNode n : items.subList(1, items.size())) {
      out.add(new OutlineNode(n.kind(), n.style(), n.level(), n.number(), out.size() + 1,
          n.heading(), n.headingLine(), n.head(), n.content(), n.span(), n.children()));
    }
    return out;
  }

  /**
   * The overall aim (or the vision after it, 展望2035年) over an indicator table: it opens with the
   * target year and states no figure but years and the table's own number (到2025年，……主要健康
   * 指标达到全省先进水平（见表1）。展望2035年，……).
   */
  private static boolean aimOverTable(String p) {
    return AIM_FIRST.matcher(p).lookingAt()
        && YEARS_AND_TABLES.matcher(p).replaceAll("").chars().noneMatch(Character::isDigit);
  }

  private static final Pattern AIM_FIRST = Pattern.compile("\\s*(?:到|至|展望)\\s*\\d{4}\\s*年");
  private static final Pattern YEARS_AND_TABLES =
      Pattern.compile("\\d{4}\\s*年(?:底|末)?|(?:附)?表\\s*\\d{1,2}");
  private static final Pattern YEAR_FIRST = Pattern.compile("\\s*(?:到|至)\\s*\\d{4}\\s*年");
  private static final Pattern LEAD_IN =
      Pattern.compile("(?:到|至)\\s*\\d{4}\\s*年(?:底|末)?[，,][^。；;\\d]*。");
}
