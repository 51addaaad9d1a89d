package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Target;

/**
 * A per-capita base shared by the counts after it: 每千名儿童儿科执业（助理）医师数达到1.12名，床位数达到
 * 3.17张 — the beds are per thousand children too (每千名儿童床位数), as in the national outline's
 * 每千名儿童拥有儿科执业（助理）医生达到1.12名、床位增至3.17张. A count right after such a target in the
 * same sentence, whose name has no base of its own, takes the base.
 */
final class PerCapitaBases {
  /** 每千名儿童, 每千人口, 每万常住人口, 每百户: the base a count is per. */
  private static final Pattern BASE = Pattern.compile(
      "^每[十百千万]{0,2}(?:名|位|个|户)?(?:常住人口|户籍人口|人口|儿童|老年人|老人|妇女|学生|居民|新生儿|孕产妇|育龄妇女|人)");
  /** Whether {@code s} is a base alone (每千名老人). */
  static boolean isBase(String s) {
    return BASE.matcher(s).matches();
  }

  /** Whether {@code s} opens with a base (每千名儿童拥有儿科医生). */
  static boolean startsWithBase(String s) {
    return BASE.matcher(s).find();
  }

  /** A count's own name after a base: short, no base of its own. */
  private static final int MAX_NAME = 6;

  private PerCapitaBases() {}

  /**
   * The targets with the bases shared; {@code base} is where {@code text} starts in the plan (the
   * targets' spans count from there), {@code idOf} gives a renamed count its catalogue id.
   */
  static List<Target> share(String text, int base, List<Target> targets,
      Function<String, String> idOf) {
    List<Target> out = new ArrayList<>(targets);
    for (int i = 1; i < out.size(); i++) {
      Target prev = out.get(i - 1);
      Target t = out.get(i);
      if (!prev.stated() || !t.stated() || prev.raw() == null || t.raw() == null
          || t.indicator().startsWith("每") || t.indicator().contains("总") // 托位总数: a total
          || t.indicator().length() > MAX_NAME
          || RATE_UNITS.contains(t.unit())) {
        continue;
      }
      Matcher m = BASE.matcher(prev.indicator());
      if (prev.span() == null || t.span() == null) {
        continue;
      }
      int a = prev.span().end() - base; // the spans are in plan offsets, the text starts at base
      int b = t.span().start() - base;
      if (m.find() && a >= 0 && a <= b && b <= text.length() && sameSentence(text, a, b)) {
        // 每千名儿童拥有…医生数, then 床位: 每千名儿童拥有床位数, the verb as the first name has it
        String name = m.group() + (prev.indicator().startsWith("拥有", m.end()) ? "拥有" : "")
            + t.indicator();
        out.set(i, t.withIndicator(name).withIndicatorId(idOf.apply(name)));
      }
    }
    return out;
  }

  private static final Set<String> RATE_UNITS = Set.of("%", "‰");

  /** Only a clause break between the two: 、，；and the words of the second's comparator. */
  private static boolean sameSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("。！？\n".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return to - from <= 4;
  }
}
