package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage/year attachment stage: which year a value is due, and which years are bases. In
 * folded text, {@code 到2025年达到85%，到2030年达到90%以上} gives 2025 for the first value and 2030
 * for the second; {@code 比2020年}, {@code 以2020年为基数}, {@code 从2020年的}, {@code 截至2020年底}
 * and a past figure {@code 2020年为5.1‰} name base years, never target years; {@code 到2022年和2030年}
 * spreads two years over two values. Only the years of the sentence are read here; the caller
 * falls back to the goal's and the plan's end year.
 */
final class StageYears {
  static final Pattern YEAR =
      Pattern.compile("(?:到|至|在|于)?((?:19|20)\\d\\d)年(?:底|末|前)?(?!起|开始|以来)");
  /**
   * A year that is a base, not a target: 从2020年的, 比2020年 (not 占比2025年), 较2020年,
   * 以2020年为基数, 在2020年基础上, 截至2020年底, 2020年为 (a past figure), 2020年的1.5倍 (a
   * multiple's base).
   */
  static final Pattern BASE_YEAR = Pattern.compile(
      "(?:(?:从|由|(?<!占)比|较|以|在|与|截至|截止)((?:19|20)\\d\\d)年(?:底|末)?"
      + "|(?<![到至])((?:19|20)\\d\\d)年(?:底|末)?(?=[^，。；]{0,12}?(?:为|是)\\d)"
      + "|((?:19|20)\\d\\d)年(?:底|末)?的(?=\\d+(?:\\.\\d+)?倍))"); // 提高到2020年的1.5倍
  /** 到2022年和2030年: the years a list of values is spread over. */
  static final Pattern YEAR_LIST = Pattern.compile(
      "((?:19|20)\\d\\d)年?(?:[和、及至]|以及)");

  /** A clause that strives past the level just stated: ，力争达到80%. */
  private static final Pattern ASPIRE = Pattern.compile("(?:力争|争取|努力)");

  private final String s;

  /** @param s the folded text the offsets refer to */
  StageYears(String s) {
    this.s = s;
  }

  /**
   * Whether a clause {@code [from, to)} with no indicator of its own is a stage of the last one:
   * it names a year (，到2030年达到90%), the clause {@code before} it is a year alone (；到2030年，
   * 保持在100%), or it strives past the level just stated (达到70%，力争达到80%).
   */
  boolean stage(int from, int to, int[] before) {
    return YEAR.matcher(s).region(from, to).find()
        || before != null && YEAR.matcher(s.substring(before[0], before[1]).strip()).matches()
        || ASPIRE.matcher(s).region(from, to).lookingAt();
  }

  /** The last target year in {@code [from, to)}: 到2025年, 2025年达到; not a base (比2020年). */
  Integer year(int from, int to) {
    List<int[]> bases = new ArrayList<>();
    Matcher b = BASE_YEAR.matcher(s).useTransparentBounds(true).region(from, to);
    while (b.find()) {
      bases.add(new int[] {b.start(), b.end()});
    }
    Matcher m = YEAR.matcher(s).region(from, to);
    Integer y = null;
    outer:
    while (m.find()) {
      for (int[] r : bases) {
        if (m.start(1) >= r[0] && m.start(1) < r[1]) {
          continue outer;
        }
      }
      y = Integer.parseInt(m.group(1));
    }
    return y;
  }

  /** The last base year in {@code [from, to)}: 比2020年, 以2020年为基数, 从2020年的. */
  Integer baseYear(int from, int to) {
    Matcher b = BASE_YEAR.matcher(s).useTransparentBounds(true).region(from, to);
    Integer y = null;
    while (b.find()) {
      y = Integer.parseInt(b.group(1) != null ? b.group(1)
          : b.group(2) != null ? b.group(2) : b.group(3));
    }
    return y;
  }

  /** 到2022年和2030年: as many years as values, listed before them in the sentence. */
  List<Integer> yearList(int from, int to, int n) {
    Matcher m = YEAR_LIST.matcher(s).region(from, to);
    while (m.find()) {
      List<Integer> ys = new ArrayList<>();
      ys.add(Integer.parseInt(m.group(1)));
      Matcher y = YEAR.matcher(s).region(m.end(), to);
      int p = m.end();
      while (ys.size() < n && y.find() && y.start() == p) {
        ys.add(Integer.parseInt(y.group(1)));
        p = y.end();
        if (p < to && "和、及".indexOf(s.charAt(p)) >= 0) {
          p++;
          y.region(p, to);
        }
      }
      if (ys.size() == n) {
        return ys;
      }
    }
    return List.of();
  }
}
