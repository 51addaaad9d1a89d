package org.planscope.monitor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.planscope.lexicon.Tsv;

/**
 * Unit conversion of actual values ({@code models/lexicon/monitor-units.tsv}): 5.2 ‰ → 0.52 %,
 * 13.1 /10万 → 13.1 1/10万, 0.35 (小数) → 35 %. Units of different kinds are refused with the
 * reason (人 cannot become %).
 */
final class Units {
  static final String MODEL = "lexicon/monitor-units.tsv";

  private record Unit(String name, String kind, BigDecimal scale) {}

  /** A converted value, or the reason why none: exactly one of the two is set. */
  record Converted(BigDecimal value, String refusal) {
    boolean ok() {
      return value != null;
    }
  }

  private final Map<String, Unit> byKey = new HashMap<>();

  Units(Tsv tsv) {
    tsv.require("unit", "kind", "scale", "aliases");
    for (Tsv.Row r : tsv.rows()) {
      BigDecimal scale;
      try {
        scale = new BigDecimal(r.get("scale"));
      } catch (NumberFormatException e) {
        throw r.error("scale is not a number: " + r.get("scale"));
      }
      Unit u = new Unit(r.get("unit"), r.get("kind"), scale);
      put(r, u.name(), u);
      for (String a : r.list("aliases")) {
        put(r, a, u);
      }
    }
  }

  private void put(Tsv.Row r, String name, Unit u) {
    Unit prev = byKey.putIfAbsent(key(name), u);
    if (prev != null && prev != u) {
      throw r.error("unit '" + name + "' is already an alias of " + prev.name());
    }
  }

  private static final class Holder {
    static final Units SHARED = new Units(Tsv.model(MODEL));
  }

  static Units shared() {
    return Holder.SHARED;
  }

  static String key(String unit) {
    return Normalizer.normalize(unit, Normalizer.Form.NFKC).replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }

  /** The unit's name as the plans write it ({@code /10万} → {@code 1/10万}); itself when unknown. */
  String canonical(String unit) {
    Unit u = byKey.get(key(unit));
    return u == null ? unit.strip() : u.name();
  }

  /**
   * {@code value} in {@code from} expressed in {@code to}: the same unit (or an alias) as it is,
   * units of one kind by their scales, anything else refused with a Chinese reason.
   */
  Converted convert(BigDecimal value, String from, String to) {
    if (from == null || from.isBlank()) {
      return new Converted(null, "未注明单位（应为“" + to + "”）");
    }
    Unit f = byKey.get(key(from));
    Unit t = byKey.get(key(to));
    if (key(from).equals(key(to)) || (f != null && f == t)) {
      return new Converted(value, null);
    }
    if (f == null) {
      return new Converted(null, "不认识的单位“" + from.strip() + "”，无法换算为“" + to + "”");
    }
    if (t == null || !f.kind().equals(t.kind())) {
      return new Converted(null, "单位“" + from.strip() + "”无法换算为“" + to + "”（量纲不同）");
    }
    BigDecimal v = value.multiply(f.scale()).divide(t.scale(), MathContext.DECIMAL64);
    return new Converted(v.stripTrailingZeros(), null);
  }
}
