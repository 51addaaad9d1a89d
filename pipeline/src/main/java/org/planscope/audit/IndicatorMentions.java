package org.planscope.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.planscope.lexicon.Fold;
import org.planscope.lexicon.Tsv;

/**
 * Whether a text names an indicator, allowing the coordinated wording plans use for several
 * indicators at once: 宫颈癌人群筛查率 is named by {@code 宫颈癌、乳腺癌人群筛查率}, 孕产妇死亡率 by
 * {@code 孕产妇和婴儿死亡率}. Between any two characters of the name, a coordinator (、 和 及 …, from
 * {@code models/lexicon/audit-indicator-cues.tsv}) and up to ten more characters of the same
 * clause may intervene. Texts and names are compared as {@link Indicators#key} (no whitespace,
 * NFKC). Thread-safe; patterns are compiled once per name.
 */
final class IndicatorMentions {
  private static final int MAX_INSERT = 10;

  private static final class DefaultHolder {
    static final IndicatorMentions INSTANCE;

    static {
      Tsv tsv = Tsv.model("lexicon/audit-indicator-cues.tsv");
      INSTANCE = new IndicatorMentions(QualitativeTargetFinder.cues(tsv, "COORDINATOR"),
          QualitativeTargetFinder.cues(tsv, "FILLER"));
    }
  }

  static IndicatorMentions standard() {
    return DefaultHolder.INSTANCE;
  }

  private final String gap;
  private final List<String> ignorable;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  IndicatorMentions(List<String> coordinators) {
    this(coordinators, List.of());
  }

  IndicatorMentions(List<String> coordinators, List<String> fillers) {
    List<String> all = new java.util.ArrayList<>(coordinators);
    all.addAll(fillers);
    all.sort(java.util.Comparator.comparingInt(String::length).reversed());
    this.ignorable = List.copyOf(all);
    StringBuilder alt = new StringBuilder();
    for (String c : coordinators) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(c));
    }
    // clause punctuation ends an insertion: 宫颈癌筛查。乳腺癌人群筛查率 is no mention
    gap = alt.length() == 0 ? ""
        : "(?:(?:" + alt + ")[^，。；：,;:\\n]{1," + MAX_INSERT + "}?)?";
  }

  /**
   * {@code s} without coordinators and fillers: 孕产妇艾滋病、梅毒、乙肝检测率 and 孕产妇艾滋病、梅毒和
   * 乙肝检测率 both become 孕产妇艾滋病梅毒乙肝检测率.
   */
  String loose(String s) {
    String out = s;
    for (String c : ignorable) {
      out = out.replace(c, "");
    }
    return out;
  }

  /**
   * Whether {@code text} names {@code name}, exactly or with coordinated names, or once
   * coordinators and fillers are dropped from both ({@code looseText} is {@link #loose} of text).
   */
  boolean mentions(String text, String looseText, String name) {
    if (mentions(text, name)) {
      return true;
    }
    String l = loose(Fold.key(name));
    return l.length() >= 4 && looseText.contains(l);
  }

  /** Whether {@code text} (already a {@link Indicators#key}) names {@code name}. */
  boolean mentions(String text, String name) {
    String key = Fold.key(name);
    if (key.isEmpty()) {
      return false;
    }
    if (text.contains(key)) {
      return true;
    }
    return !gap.isEmpty() && patterns.computeIfAbsent(key, this::compile).matcher(text).find();
  }

  private Pattern compile(String key) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < key.length(); ) {
      int cp = key.codePointAt(i);
      if (i > 0) {
        b.append(gap);
      }
      b.append(Pattern.quote(new String(Character.toChars(cp))));
      i += Character.charCount(cp);
    }
    return Pattern.compile(b.toString());
  }
}
