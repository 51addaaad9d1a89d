package org.planscope.text;

import static org.planscope.text.TextNormalizer.hasAny;
import static org.planscope.text.TextNormalizer.isSpace;
import static org.planscope.text.TextNormalizer.isWide;
import static org.planscope.text.SourceLine.NO_JOIN_AFTER;
import static org.planscope.text.SourceLine.NO_JOIN_BEFORE;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.planscope.model.Block;
import org.planscope.model.BlockKind;

/**
 * Splits lines where a numbered item or heading starts inside them (text flattened to one line
 * by a PDF or a web page, goals sharing a line, a heading glued to its first item), with the
 * numbering grammar of {@link Numbering} and the document's sequence: a number starts a new line
 * after a sentence end or a space when it continues its style's sequence (…达到85%以上。10、…),
 * and a first number (1. / （一） / 一、) after a heading, a label ending in a colon, or glued to
 * a short numbered heading ({@code （一）主要目标1、…}). A line that opens with a number the
 * sequence expects is never glued to the line before ({@code 7.50—60岁妇女…}).
 */
final class InlineNumberSplitter {
  private InlineNumberSplitter() {}

  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d");

  /** Marks a markdown or word-processor list puts before an item's number (- 1.…, • 2.…). */
  private static final String BULLETS = "-－–•·*●◆■▪";

  static List<SourceLine> split(List<SourceLine> lines) {
    int[] last = new int[NumberingStyle.values().length];
    int arabic = NumberingStyle.ARABIC.ordinal();
    List<SourceLine> out = new ArrayList<>(lines.size());
    for (SourceLine l : lines) {
      String t = l.text();
      if (l.block().kind() == BlockKind.TABLE_ROW || t.isEmpty()) {
        out.add(l);
        continue;
      }
      Numbering head = l.block().label() == null ? Numbering.parse(t, last[arabic] + 1)
          : ownLabel(t, l.block().label());
      if (head != null && DECIMAL.matcher(t).lookingAt() && !out.isEmpty()
          && LineJoiner.endsMidClause(out.get(out.size() - 1).text())) {
        head = null; // …受教育年限达到 / 11.6年。: a value wrapped to the line start, not item 11
      }
      if (head != null) {
        last[head.style().ordinal()] = head.ordinal();
        if (head.style() != NumberingStyle.ARABIC || head.ordinal() > 1) {
          l = new SourceLine(l.block(), t, l.origin(), l.page(), l.standalone(),
              l.seams() | NO_JOIN_BEFORE);
        }
      }
      List<Integer> cuts = cuts(t, head, last);
      bulletCuts(t, cuts);
      if (cuts.isEmpty()) {
        out.add(l);
        continue;
      }
      addParts(l, cuts, out);
    }
    return out;
  }

  /**
   * A word processor's list number, when the line starts with it: ① of ①…；②…；③… (the ② and ③
   * typed), so the items typed after it continue its count.
   */
  private static Numbering ownLabel(String t, String label) {
    String f = Numbering.folded(label).strip();
    return f.isEmpty() || !t.startsWith(f) ? null : Numbering.ofLabel(f, f.length());
  }

  /**
   * Where numbered items start inside {@code t} (after its own numbering {@code head}, if any);
   * {@code last} holds the last ordinal of each style and is advanced past every cut.
   */
  private static List<Integer> cuts(String t, Numbering head, int[] last) {
    int arabic = NumberingStyle.ARABIC.ordinal();
    int segStart = 0;
    Numbering segNum = head;
    List<Integer> cuts = new ArrayList<>();
    for (int i = Math.max(1, head == null ? 1 : head.length()); i < t.length(); i++) {
      if (!couldOpen(t.charAt(i))
          || (i - segStart > 40 && "：: \u3000".indexOf(t.charAt(i - 1)) < 0
              && !TextNormalizer.sentenceEnded(t, i, segStart))) {
        continue; // only after a sentence end, a colon, a space, or a short heading
      }
      Numbering n = Numbering.parse(t.subSequence(i, t.length()), last[arabic] + 1);
      if (n == null || labelled(n) && Character.isIdeographic(t.charAt(i - 1))
          || n.style().decimal()) { // a decimal outline number opens only a line of its own
        continue; // 主要目标 1.…: the label is the end of a longer word, not a label
      }
      int j = i;
      while (j > segStart && isSpace(t.charAt(j - 1))) {
        j--;
      }
      if (j - 1 > segStart && j < i && BULLETS.indexOf(t.charAt(j - 1)) >= 0
          && isSpace(t.charAt(j - 2))) {
        j--; // …提高。 - 2.…: a markdown bullet before the number (left out of both parts)
        while (j > segStart && isSpace(t.charAt(j - 1))) {
          j--;
        }
      }
      if (j == segStart) {
        continue;
      }
      boolean spaced = j < i;
      char before = t.charAt(j - 1);
      boolean sequential = n.ordinal() == last[n.style().ordinal()] + 1;
      boolean ok;
      boolean ended = TextNormalizer.sentenceEnded(t, j, segStart);
      boolean digits = n.style().ordinal() >= NumberingStyle.ARABIC.ordinal();
      if (digits && Numbering.parse(t.subSequence(i, t.length())) == null && !ended) {
        continue; // 达到 11.6 年: a decimal unless a sentence ends before it
      }
      if (n.ordinal() > 1) {
        ok = sequential && (ended || (spaced && !digits))
            // a heading whose section's heading was lost, flattened: …技术。 （二）妇女与教育。 主要目标：
            || ended && spaced && opensSection(n) && shortHeading(t, i + n.length());
      } else {
        String seg = t.substring(segStart, j);
        // an item's own aside (2.…，其中：1.…) restarts no list of the item's style
        boolean aside = segNum != null && segNum.style() == n.style();
        ok = !aside && isLeadIn(seg, segNum) && (spaced || before == '：' || before == ':'
            || glued(seg, segNum, n, before))
            // a labelled list starts after a sentence: …以下。措施1：… (the label names the list)
            || n.style() == NumberingStyle.LABEL_ITEM && ended
            // a paragraph break flattened to a space: …实施本规划。 一、总体要求 / …成效。 （一）…
            || ended && spaced && !aside && opensSection(n)
            // a list whose heading was lost, flattened: …完善。 1.…。 2.… (after a sentence and a
            // space, not an item's aside, which follows a colon)
            || ended && spaced && digits && secondFollows(t, i + n.length(), n);
      }
      int label = ok || n.ordinal() != 1 ? -1 : labelAfterSentence(t, segStart, j);
      if (label > segStart) {
        cuts.add(label); // …以上。策略措施：1.…: the list's label opens a line of its own
        ok = true;
      }
      if (!ok) {
        continue;
      }
      cuts.add(i);
      segStart = i;
      segNum = n;
      last[n.style().ordinal()] = n.ordinal();
      i += Math.max(0, n.length() - 1);
    }
    return cuts;
  }

  /**
   * Where a list label (策略措施：, 主要措施：) starts when it follows a sentence end inside the
   * segment and ends right before a first number: a line flattened from 主要目标：1.…3.…。策略措施：
   * 1.…; -1 when there is none. The label is four to eight Chinese characters and a colon, so a
   * short aside (其中：1.…) stays in its item.
   */
  private static int labelAfterSentence(String t, int segStart, int j) {
    if (j - 1 <= segStart || (t.charAt(j - 1) != '：' && t.charAt(j - 1) != ':')) {
      return -1;
    }
    int k = j - 1;
    while (k > segStart && Character.isIdeographic(t.charAt(k - 1))) {
      k--;
    }
    int len = j - 1 - k;
    int e = k; // the sentence may end before a space (…以上。 策略措施： 1.…)
    while (e > segStart && isSpace(t.charAt(e - 1))) {
      e--;
    }
    if (len < 4 || len > 8 || e <= segStart || !TextNormalizer.sentenceEnded(t, e, segStart)) {
      return -1;
    }
    return k;
  }

  /**
   * Adds to {@code cuts} where bulleted items start in a flattened list (主要目标： • 孕产妇…。 •
   * 妇女…。 策略措施： • 完善…): a bullet between spaces after a sentence end or a colon, when the
   * line holds two such bullets or more; a list label before one (策略措施：) opens its own part.
   */
  private static void bulletCuts(String t, List<Integer> cuts) {
    List<Integer> found = new ArrayList<>();
    int bullets = 0;
    for (int p = 1; p + 2 < t.length(); p++) {
      if (ITEM_BULLETS.indexOf(t.charAt(p)) < 0 || !isSpace(t.charAt(p - 1))
          || !isSpace(t.charAt(p + 1))) {
        continue;
      }
      int e = p - 1;
      while (e > 0 && isSpace(t.charAt(e - 1))) {
        e--;
      }
      if (e > 0 && ("：:".indexOf(t.charAt(e - 1)) >= 0 || TextNormalizer.sentenceEnded(t, e, 0))) {
        int label = listLabel(t, e);
        if (label > 0) {
          found.add(label);
        }
        int text = p + 1;
        while (text < t.length() && isSpace(t.charAt(text))) {
          text++;
        }
        found.add(text); // the item starts at its text; the bullet ends no part (beforeBullet)
        bullets++;
      }
    }
    if (bullets >= 2) {
      cuts.addAll(found);
      java.util.TreeSet<Integer> sorted = new java.util.TreeSet<>(cuts);
      cuts.clear();
      cuts.addAll(sorted);
    }
  }

  /**
   * Where a list label (主要目标：, 策略措施：) ending at {@code colonEnd} starts, when a sentence end
   * or a space stands before it (一、妇女与健康 主要目标： • …); -1 otherwise.
   */
  private static int listLabel(String t, int colonEnd) {
    if (colonEnd < 2 || "：:".indexOf(t.charAt(colonEnd - 1)) < 0) {
      return -1;
    }
    int k = colonEnd - 1;
    while (k > 0 && Character.isIdeographic(t.charAt(k - 1))) {
      k--;
    }
    int len = colonEnd - 1 - k;
    return len >= 2 && len <= 8 && k > 0 && (isSpace(t.charAt(k - 1))
        || TextNormalizer.sentenceEnded(t, k, 0)) ? k : -1;
  }

  /** Bullets that open an item of a flattened list (not -, a minus or a range's dash too). */
  private static final String ITEM_BULLETS = "•●◆■▪·*";

  /** The line cut at {@code cuts}: the seams say the parts are never joined back. */
  private static void addParts(SourceLine l, List<Integer> cuts, List<SourceLine> out) {
    String t = l.text();
    int from = 0;
    for (int k = 0; k <= cuts.size(); k++) {
      int to = k < cuts.size() ? cuts.get(k) : t.length();
      int seams = (k == 0 ? l.seams() & NO_JOIN_BEFORE : NO_JOIN_BEFORE)
          | (k == cuts.size() ? l.seams() & (NO_JOIN_AFTER | SourceLine.JOIN_AFTER) : NO_JOIN_AFTER);
      SourceLine part = l.part(from, k < cuts.size() ? beforeBullet(t, from, to) : to, seams);
      Block b = part.block();
      if (k > 0 && b.label() != null) { // ②… typed after Word's ①: numbered by its own text
        part = new SourceLine(new Block(b.kind(), b.level(), null, b.span()), part.text(),
            part.origin(), part.page(), part.standalone(), part.seams());
      }
      if (!part.text().isEmpty()) {
        out.add(part);
      }
      from = to;
    }
  }

  /** {@code to}, or where a bullet before the next item's number (…提高。 - 2.) and its spaces begin. */
  private static int beforeBullet(String t, int from, int to) {
    int j = to;
    while (j > from && isSpace(t.charAt(j - 1))) {
      j--;
    }
    if (j - 1 > from && j < to && BULLETS.indexOf(t.charAt(j - 1)) >= 0
        && isSpace(t.charAt(j - 2))) {
      return j - 1;
    }
    return to;
  }

  /** A heading's numbering (第一章, 一、, （一）): after a sentence and a space, a new section. */
  private static boolean opensSection(Numbering n) {
    return n.style() == NumberingStyle.PART || n.style() == NumberingStyle.CHAPTER
        || n.style() == NumberingStyle.SECTION
        || n.style() == NumberingStyle.CN_COMMA || n.style() == NumberingStyle.CN_PAREN;
  }

  /** A short title ending its sentence, then a space: 妇女与教育。 (at most 12 characters). */
  private static boolean shortHeading(String t, int from) {
    int end = t.indexOf('。', from);
    return end > from && end - from <= 12 && end + 1 < t.length() && isSpace(t.charAt(end + 1))
        && !hasAny(t.substring(from, end), "，,；;：:");
  }

  /** Whether item 2 of {@code first}'s style opens after a sentence end and a space, soon. */
  private static boolean secondFollows(String t, int from, Numbering first) {
    int limit = Math.min(t.length(), from + 1500);
    for (int k = t.indexOf(' ', from); k >= 0 && k < limit; k = t.indexOf(' ', k + 1)) {
      int i = k;
      while (i < t.length() && isSpace(t.charAt(i))) {
        i++;
      }
      if (i < t.length() && TextNormalizer.sentenceEnded(t, k, from)) {
        Numbering n = Numbering.parse(t.subSequence(i, t.length()), 2);
        if (n != null && n.style() == first.style() && n.ordinal() == 2) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean labelled(Numbering n) {
    return n.style() == NumberingStyle.LABEL_ITEM || n.style() == NumberingStyle.LABEL_PART;
  }

  private static boolean couldOpen(char c) {
    return c == '第' || c == '（' || c == '(' || (c >= '0' && c <= '9')
        || Numbering.enclosed(c) > 0 || "一二三四五六七八九十目措任领".indexOf(c) >= 0;
  }

  /**
   * Text a first item may follow on the same line: a heading (numbered, short, without a
   * sentence in it), a title, or a label ending in a colon (主要目标：).
   */
  private static boolean isLeadIn(String seg, Numbering num) {
    String s = seg.strip();
    String content = num == null ? s : s.substring(Math.min(num.length(), s.length())).strip();
    if (content.endsWith("：") || content.endsWith(":")) {
      content = content.substring(0, content.length() - 1);
      return content.length() <= LineJoiner.MAX_COLON_HEADING || !hasAny(content, "。；;！!？?");
    }
    return content.length() <= (num == null ? LineJoiner.MAX_HEADING : 24)
        && !hasAny(content, LineJoiner.SENTENCE_PUNCT + "：:");
  }

  /** An item glued to a short numbered heading: （一）主要目标1、… (a deeper style, at 1). */
  private static boolean glued(String seg, Numbering num, Numbering n, char before) {
    return num != null && n.style().ordinal() > num.style().ordinal()
        && n.style().ordinal() >= NumberingStyle.ARABIC.ordinal() && isWide(before)
        && seg.strip().length() - num.length() <= 10;
  }
}
