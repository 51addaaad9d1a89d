package org.planscope.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Unnumbered list headings: 主要目标： or 策略措施 alone on a line, glued to the list's first
 * sentence (主要目标：到2030年…), or ending a line of prose that introduces the list (…制定以下主要目标：);
 * and the headings of boxes (专栏1 …).
 */
final class CueLines {
  private final StructureCues cues;

  CueLines(StructureCues cues) {
    this.cues = cues;
  }

  /** A box's heading (专栏1 妇幼健康重点工程, 【专栏2】…): short, no sentence in it. */
  static boolean isBox(String line) {
    return BOX.matcher(line).lookingAt() && line.length() <= 50 && line.indexOf('。') < 0;
  }

  /** The opening of a box's heading: 专栏1, 【专栏2】, [专栏 三]. */
  static final String BOX_HEAD = "[【\\[]?[ \u3000]*专栏[ \u3000]*[0-9０-９一二三四五六七八九十]+";
  private static final Pattern BOX = Pattern.compile(BOX_HEAD);

  /** An unnumbered list heading: 主要目标： alone, or glued to its text (主要目标：到2030年…). */
  boolean isCueLine(String line) {
    int end = Headings.headEnd(line);
    String head = end < 0 ? line : line.substring(0, end);
    if (end >= 0 && line.charAt(end) == '。' && end < line.length() - 1) {
      return false;
    }
    return head.length() <= 12 && cues.listKind(head) != null || trailingCue(line) != null;
  }

  /**
   * The list word that ends a line of prose introducing a list (为进一步保障儿童安全，……制定以下
   * 主要目标：), or null; the line must end in a colon.
   */
  String trailingCue(String line) {
    if (line.length() > 80 || !(line.endsWith("：") || line.endsWith(":"))) {
      return null;
    }
    String s = line.substring(0, line.length() - 1).strip();
    for (CueKind k : List.of(CueKind.GOAL_LIST, CueKind.MEASURE_LIST)) {
      for (String w : cues.words(k)) {
        if (s.endsWith(w)) {
          // 发展领域、主要目标和策略措施： names both lists: the chapter that holds the domains (not
          // prose that leads in, 为实现主要目标，采取以下策略措施：)
          return k == CueKind.MEASURE_LIST && s.indexOf('，') < 0 && s.indexOf(',') < 0
              && names(s.substring(0, s.length() - w.length()), CueKind.GOAL_LIST) ? null : w;
        }
      }
    }
    return null;
  }

  private boolean names(String s, CueKind kind) {
    for (String w : cues.words(kind)) {
      if (w.length() >= 4 && s.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
