package org.planscope.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.planscope.lexicon.Tsv;

/**
 * Heading words that OCR misread by one character, read back in text that OCR recognised:
 * {@code （二）案略措施} is {@code （二）策略措施}, {@code 七、儿重与法律保护} is {@code 七、儿童与法律保护}.
 * The words are the list headings of {@code models/lexicon/structure-cues.tsv} (主要目标,
 * 策略措施 …) and the domain names and aliases of {@code domains.tsv}. A line is a heading when,
 * past its outline label and before a closing colon, it is such a word but for one character; it
 * is left alone when it is a word already, when two words are as near, or when it names 指标 (主要指标
 * is a table's heading, not 主要目标). Character for character, so offsets do not move.
 */
final class OcrHeadings {
  private static final String TRAILING = "：:。．. 　";

  private OcrHeadings() {}

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  private static Set<String> load() {
    Set<String> words = new LinkedHashSet<>();
    for (Tsv.Row row : Tsv.model("lexicon/structure-cues.tsv").rows()) {
      String kind = row.get("kind");
      if ((kind.equals("GOAL_LIST") || kind.equals("MEASURE_LIST"))
          && !"whole".equals(row.opt("value"))) {
        words.add(row.get("cue"));
      }
    }
    for (Tsv.Row row : Tsv.model("lexicon/domains.tsv").rows()) {
      words.add(row.get("name"));
      String aliases = row.opt("aliases");
      if (aliases != null) {
        for (String a : aliases.split("\\|")) {
          words.add(a.strip());
        }
      }
    }
    words.removeIf(w -> w.length() < 4);
    return words;
  }

  /** The lines with their misread heading words read back. */
  static List<SourceLine> repair(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines.size());
    for (SourceLine l : lines) {
      String s = repair(l.text());
      out.add(s.equals(l.text()) ? l
          : new SourceLine(l.block(), s, l.origin(), l.page(), l.standalone(), l.seams()));
    }
    return out;
  }

  /** One line with its heading word read back, or the line itself. */
  static String repair(String line) {
    Numbering n = Numbering.parse(line);
    int from = n == null ? 0 : n.length();
    int to = line.length();
    while (to > from && TRAILING.indexOf(line.charAt(to - 1)) >= 0) {
      to--;
    }
    String heading = line.substring(from, to);
    String word = nearest(heading);
    return word == null ? line : line.substring(0, from) + word + line.substring(to);
  }

  /** The one heading word {@code h} misreads by a character, or null. */
  private static String nearest(String h) {
    if (h.length() < 4 || h.length() > 12 || Holder.WORDS.contains(h) || h.contains("指标")) {
      return null;
    }
    String found = null;
    for (String w : Holder.WORDS) {
      if (w.length() == h.length() && differences(w, h) == 1) {
        if (found != null) {
          return null;
        }
        found = w;
      }
    }
    return found;
  }

  private static int differences(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return n;
  }
}
