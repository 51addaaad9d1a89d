package org.planscope.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.lexicon.Tsv;

/**
 * The suffixes that end region names, with the level each gives ({@code
 * models/lexicon/region-suffixes.tsv}): 自治县 → 县, 旗 → 旗, 区 → 区 …. Immutable.
 */
final class RegionSuffixes {
  static final String FILE = "lexicon/region-suffixes.tsv";

  private final Map<String, String> levels = new LinkedHashMap<>();
  /** A region name at the start of a title: up to 10 characters and the first suffix. */
  private final Pattern leading;

  RegionSuffixes(Tsv tsv) {
    tsv.require("suffix", "level");
    List<String> suffixes = new ArrayList<>();
    for (Tsv.Row row : tsv.rows()) {
      suffixes.add(row.get("suffix"));
      levels.put(row.get("suffix"), row.get("level"));
    }
    suffixes.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = suffixes.stream().filter(s -> !s.equals("省")).map(Pattern::quote)
        .toList();
    leading = Pattern.compile("^(.{1,10}?(?:" + String.join("|", quoted) + "))");
  }

  private static final class Holder {
    static final RegionSuffixes DEFAULT = new RegionSuffixes(Tsv.model(FILE));
  }

  static RegionSuffixes shared() {
    return Holder.DEFAULT;
  }

  /** The region name a title opens with, read up to its suffix, or null. */
  String leadingName(String title) {
    Matcher m = leading.matcher(title);
    return m.find() ? m.group(1) : null;
  }

  /** The level a name's suffix gives (the longest suffix it ends with); 市 when none. */
  String level(String name) {
    String best = null;
    for (Map.Entry<String, String> e : levels.entrySet()) {
      if (name.endsWith(e.getKey()) && (best == null || e.getKey().length() > best.length())) {
        best = e.getKey();
      }
    }
    return best == null ? "市" : levels.get(best);
  }
}
