package org.planscope.audit;

import org.planscope.format.Lang;
import java.util.LinkedHashMap;
import java.util.Map;
import org.planscope.lexicon.Tsv;

/**
 * The audit's message table ({@code models/lexicon/audit-messages.tsv}): rule names, severities,
 * item kinds, finding messages and report headings in Chinese and English. {@code {0}}, {@code
 * {1}} … in a template are replaced by the arguments; an argument that is itself a {@link Text}
 * is filled in the matching language. A key missing from the table fails fast.
 */
public final class Messages {
  private static final class Holder {
    static final Map<String, Text> TABLE = load();
  }

  private Messages() {}

  private static Map<String, Text> load() {
    Map<String, Text> m = new LinkedHashMap<>();
    Tsv.model("lexicon/audit-messages.tsv").require("key", "zh", "en").unique("key")
        .forEach((k, row) -> m.put(k, new Text(row.get("zh"), row.get("en"))));
    return Map.copyOf(m);
  }

  /** Every key and its texts (for the web, which switches language without asking again). */
  public static Map<String, Text> table() {
    return Holder.TABLE;
  }

  /** The texts of {@code key} with the arguments filled in. */
  public static Text get(String key, Object... args) {
    Text t = Holder.TABLE.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no audit message '" + key + "'");
    }
    return new Text(fill(t.zh(), Lang.ZH, args), fill(t.en(), Lang.EN, args));
  }

  /** The text of {@code key} in one language. */
  public static String get(Lang lang, String key, Object... args) {
    return get(key, args).in(lang);
  }

  /** Whether the table has {@code key}. */
  public static boolean has(String key) {
    return Holder.TABLE.containsKey(key);
  }

  /** A rule's name: 缺少目标值 / missing value; the id itself when the table has none. */
  public static Text ruleName(String ruleId) {
    String k = "rule." + ruleId + ".name";
    return has(k) ? get(k) : Text.of(ruleId);
  }

  /** 高 / high … */
  public static Text severity(Severity s) {
    return get("severity." + s.name());
  }

  private static String fill(String template, Lang lang, Object[] args) {
    if (args.length == 0) {
      return template;
    }
    StringBuilder b = new StringBuilder(template.length() + 32);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(template.substring(i + 1, close));
        Object a = n < args.length ? args[n] : null;
        b.append(a instanceof Text t ? t.in(lang) : a == null ? "" : a.toString());
        i = close;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
