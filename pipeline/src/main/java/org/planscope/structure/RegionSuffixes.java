package org.planscope.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.lexicon.Tsv;
import org.planscope.model.Region;

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
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    boolean town = TOWNS.matcher(name).find();
    // 周庄镇, 新街口街道; not 城镇化…, 城乡…, 乡镇…, 特色小镇, 美丽乡村
    return town && (name.length() < 3 || NOT_TOWN.matcher(name).find()
        || m.end() < title.length() && "村镇化".indexOf(title.charAt(m.end())) >= 0) ? null : name;
  }

  /** Whether a region's name is a town's, a township's or a subdistrict's (周庄镇, 新街口街道). */
  static boolean isTown(String name) {
    return TOWNS.matcher(name).find();
  }

  private static final Pattern TOWNS = Pattern.compile("(?:街道|苏木|镇|乡)$");
  private static final Pattern NOT_TOWN = Pattern.compile("(?:城镇|乡镇|城乡|村镇|小镇|集镇|美丽乡|家乡)$|^[城乡]");

  /**
   * A zone's name at the start of {@code s} (两江新区, 望城经济技术开发区): a name read up to its
   * suffix, that suffix being one of two characters or more (新区, 开发区, 林区 …), not a bare
   * 区 / 县 / 市, which ends ordinary words too (社区, 城区). Null when there is none.
   */
  String zoneName(String s) {
    String name = leadingName(s);
    if (name == null || name.length() < 3) {
      return null;
    }
    String best = "";
    for (String suffix : levels.keySet()) {
      if (name.endsWith(suffix) && suffix.length() > best.length()) {
        best = suffix;
      }
    }
    return best.length() >= 2 ? name : null; // 高新区 alone is a zone's name too
  }

  /**
   * A zone the gazetteer does not list (两江新区, 望城经济技术开发区) in the listed division named
   * before it in a title: the province, and the prefecture when that division is one.
   */
  Region zoneIn(String zone, Region listed) {
    boolean province = listed.province() == null || listed.province().equals(listed.name());
    boolean prefecture = "市".equals(listed.level()) || "州".equals(listed.level())
        || "盟".equals(listed.level());
    return new Region(zone, level(zone), province ? listed.name() : listed.province(),
        province ? null : prefecture ? listed.name() : listed.city(), null);
  }

  /** The level a text uses for itself: 我旗 → 旗, 我区 → 区; 0 when it never says. */
  static char selfLevel(String t) {
    char best = 0;
    int bestCount = 0;
    for (char c : "旗县区市盟州".toCharArray()) {
      String w = "我" + c;
      int n = 0;
      for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + w.length())) {
        n++;
      }
      if (n > bestCount) {
        bestCount = n;
        best = c;
      }
    }
    return best;
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
