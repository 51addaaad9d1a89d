package org.planscope.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names a user types for a place, read through the gazetteer: 广西 → 广西壮族自治区, 鹿寨 → 鹿寨县,
 * 清远 → 清远市. A full division name stays as it is.
 */
public final class PlaceNames {
  private static final String[] SUFFIXES = {"县", "市", "区", "旗", "自治县", "自治旗", "省",
      "自治区", "盟", "地区", "林区", "特区"};

  private PlaceNames() {}

  /**
   * The division names {@code typed} may stand for, best first: itself when it is a division
   * name; else the names it is the short form of, or a prefix of before a level suffix.
   */
  public static List<String> candidates(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    String t = typed.strip();
    Gazetteer g = Gazetteer.shared();
    Set<String> out = new LinkedHashSet<>();
    if (!g.lookup(t).isEmpty()) {
      out.add(t);
      return List.copyOf(out);
    }
    for (String suffix : SUFFIXES) {
      if (!g.lookup(t + suffix).isEmpty()) {
        out.add(t + suffix);
      }
    }
    if (out.isEmpty() && t.length() >= 2) {
      // 广西 → 广西壮族自治区, 内蒙古 → 内蒙古自治区: the short form a text also uses
      for (Gazetteer.Division d : g.provinces()) {
        if (Gazetteer.shortName(d.name()).equals(t) || d.name().startsWith(t)) {
          out.add(d.name());
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The one division {@code typed} stands for, or {@code typed} itself when none or several. */
  public static String resolve(String typed) {
    if (typed == null) {
      return null;
    }
    List<String> c = candidates(typed);
    return c.size() == 1 ? c.get(0) : typed.strip();
  }

  /** The name of the division with that six-digit GB/T 2260 code (450223 → 鹿寨县), or null. */
  public static String nameOfCode(String code) {
    if (code == null) {
      return null;
    }
    Gazetteer.Division d = Gazetteer.shared().byCode(code.strip());
    return d == null ? null : d.name();
  }
}
