package org.planscope.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planscope.lexicon.Tsv;

/**
 * Chinese administrative divisions down to county level ({@code models/gazetteer/divisions.tsv},
 * built from GB/T 2260 data; see the file's header for source and date): look-up by name and a
 * single-pass scan that counts the division names a text mentions.
 */
final class Gazetteer {
  static final String FILE = "gazetteer/divisions.tsv";
  /** Shorter names (城区, 郊区, 矿区) are common words; a text scan ignores them. */
  static final int MIN_SCAN_LENGTH = 3;

  /** One division. {@code city} is null for province- and prefecture-level units. */
  record Division(String code, String name, String level, String province, String city) {
    /** 1 for a province-level unit, 2 for a prefecture, 3 for a county-level unit. */
    int tier() {
      if (code.endsWith("0000")) {
        return 1;
      }
      return code.endsWith("00") ? 2 : 3;
    }
  }

  private final Map<String, List<Division>> byName = new HashMap<>();
  private final Map<String, Division> byCode = new HashMap<>();
  /**
   * Names of at least {@link #MIN_SCAN_LENGTH} characters by their first two characters, longest
   * first; {@link #firstChars} answers most positions of a scan without a lookup.
   */
  private final Map<Integer, List<String>> byFirstTwo = new HashMap<>();
  private final java.util.BitSet firstChars = new java.util.BitSet(1 << 16);

  /** Full name of an autonomous division → the short form texts write (黔东南州, 龙胜县). */
  private final Map<String, String> shortForms = new HashMap<>();

  Gazetteer(Tsv tsv) {
    this(tsv, null);
  }

  /**
   * The divisions, and with {@code groups} ({@link #GROUPS}) the short forms of autonomous
   * divisions' names as further names of the same divisions.
   */
  Gazetteer(Tsv tsv, Tsv groups) {
    tsv.require("code", "name", "level", "province", "city");
    for (Tsv.Row row : tsv.rows()) {
      String code = row.get("code");
      if (code.length() != 6) {
        throw row.error("code '" + code + "' is not six digits");
      }
      Division d = new Division(code, row.get("name"), row.get("level"), row.get("province"),
          row.opt("city"));
      byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
      byCode.put(code, d);
    }
    if (groups != null) {
      addShortForms(groupForms(groups));
    }
    for (String name : byName.keySet()) {
      if (name.length() >= MIN_SCAN_LENGTH) {
        byFirstTwo.computeIfAbsent(firstTwo(name, 0), k -> new ArrayList<>()).add(name);
        firstChars.set(name.charAt(0));
      }
    }
    for (List<String> l : byFirstTwo.values()) {
      l.sort((a, b) -> b.length() - a.length());
    }
  }

  private static final class Holder {
    static final Gazetteer DEFAULT = new Gazetteer(Tsv.model(FILE), Tsv.model(GROUPS));
  }

  /** The ethnic groups in autonomous divisions' names. */
  static final String GROUPS = "gazetteer/ethnic-groups.tsv";

  /** Each group with its 族, and without it when two characters or more remain, longest first. */
  private static List<String> groupForms(Tsv groups) {
    groups.require("group");
    List<String> forms = new ArrayList<>();
    for (Tsv.Row row : groups.rows()) {
      String g = row.get("group");
      if (g.length() < 2 || !g.endsWith("族")) {
        throw row.error("group '" + g + "' does not end in 族");
      }
      forms.add(g);
      if (g.length() >= 3) {
        forms.add(g.substring(0, g.length() - 1));
      }
    }
    forms.sort((a, b) -> b.length() - a.length());
    return forms;
  }

  private void addShortForms(List<String> forms) {
    Map<String, List<Division>> add = new LinkedHashMap<>();
    for (List<Division> l : byName.values()) {
      for (Division d : l) {
        String s = shortForm(d.name(), forms);
        if (s != null && !byName.containsKey(s)) {
          add.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
          shortForms.put(d.name(), s);
        }
      }
    }
    byName.putAll(add);
  }

  /**
   * 黔东南苗族侗族自治州 → 黔东南州, 龙胜各族自治县 → 龙胜县, 鄂温克族自治旗 → 鄂温克旗; null for a name
   * that is not an autonomous division's.
   */
  static String shortForm(String name, List<String> groupForms) {
    for (String suffix : AUTONOMOUS) {
      if (!name.endsWith(suffix)) {
        continue;
      }
      String core = name.substring(0, name.length() - suffix.length());
      for (boolean cut = true; cut; ) {
        cut = false;
        for (String f : groupForms) {
          if (core.endsWith(f) && core.length() > f.length()) {
            core = core.substring(0, core.length() - f.length());
            cut = true;
            break;
          }
        }
      }
      if (core.length() >= 3 && core.endsWith("族") && groupForms.contains(core)) {
        core = core.substring(0, core.length() - 1); // 鄂温克族自治旗 → 鄂温克旗
      }
      return core.length() >= 2 ? core + suffix.charAt(suffix.length() - 1) : null;
    }
    return null;
  }

  private static final List<String> AUTONOMOUS = List.of("自治州", "自治县", "自治旗");

  /** The short form texts write for an autonomous division's full name (黔东南州), or null. */
  String shortFormOf(String fullName) {
    return fullName == null ? null : shortForms.get(fullName);
  }

  static Gazetteer shared() {
    return Holder.DEFAULT;
  }

  /** The province-level divisions (省, 自治区, 直辖市), in file order. */
  List<Division> provinces() {
    List<Division> out = new ArrayList<>();
    byName.values().forEach(l -> l.stream().filter(d -> d.tier() == 1).forEach(out::add));
    out.sort(java.util.Comparator.comparing(Division::code));
    return out;
  }

  /** The division with that GB/T 2260 code, or null. */
  Division byCode(String code) {
    return byCode.get(code);
  }

  /** Every division of that exact name (several counties share a name). */
  List<Division> lookup(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /**
   * The province or prefecture whose short form ({@link #shortName}) {@code s} starts with, the
   * longest first, when one division alone has it (长沙经济技术开发区 → 长沙市); null otherwise.
   */
  Division parentByShortName(String s) {
    Map<String, List<Division>> byShort = shortNames();
    for (int len = Math.min(4, s.length() - 1); len >= 2; len--) {
      List<Division> ds = byShort.get(s.substring(0, len));
      if (ds != null && ds.size() == 1) {
        return ds.get(0);
      }
    }
    return null;
  }

  private volatile Map<String, List<Division>> shortNames;

  private Map<String, List<Division>> shortNames() {
    Map<String, List<Division>> m = shortNames;
    if (m == null) {
      m = new java.util.HashMap<>();
      for (List<Division> l : byName.values()) {
        for (Division d : l) {
          if (d.tier() <= 2) {
            m.computeIfAbsent(shortName(d.name()), k -> new ArrayList<>()).add(d);
          }
        }
      }
      shortNames = m;
    }
    return m;
  }

  /** The longest division name (any length) that {@code s} starts with at {@code from}, or null. */
  String nameAt(String s, int from) {
    for (int len = Math.min(12, s.length() - from); len >= 2; len--) {
      String cand = s.substring(from, from + len);
      if (byName.containsKey(cand)) {
        return cand;
      }
    }
    return null;
  }

  /** How often each division name (of at least three characters) occurs in a text. */
  Map<String, Integer> mentions(String text) {
    Map<String, Integer> out = new LinkedHashMap<>();
    int i = 0;
    while (i < text.length()) {
      List<String> names = firstChars.get(text.charAt(i)) && i + 1 < text.length()
          ? byFirstTwo.get(firstTwo(text, i)) : null;
      String hit = null;
      if (names != null) {
        for (String n : names) {
          if (text.startsWith(n, i)) {
            hit = n;
            break;
          }
        }
      }
      if (hit != null) {
        out.merge(hit, 1, Integer::sum);
        i += hit.length();
      } else {
        i++;
      }
    }
    return out;
  }

  private static int firstTwo(String s, int at) {
    return s.charAt(at) << 16 | s.charAt(at + 1);
  }

  /**
   * The short form a text also uses: 广西壮族自治区 → 广西, 新疆维吾尔自治区 → 新疆, 山东省 → 山东,
   * 淄博市 → 淄博; autonomous prefectures keep their full name.
   */
  static String shortName(String name) {
    if (name.endsWith("自治州")) {
      return name;
    }
    String s = name;
    for (String suffix : new String[] {"自治区", "地区", "省", "市", "盟"}) {
      if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
        s = s.substring(0, s.length() - suffix.length());
        break;
      }
    }
    return s.length() > 3 ? s.substring(0, 2) : s;
  }
}
