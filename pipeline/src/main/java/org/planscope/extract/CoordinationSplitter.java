package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.extract.TargetLexicon.WordKind;

/**
 * Splits a coordinated indicator phrase under 分别 / 均 / 都 into one indicator per value, each
 * with its own head: {@code 城市和农村妇女健康档案建档率} with two values → 城市妇女健康档案建档率,
 * 农村妇女健康档案建档率.
 *
 * <p>Conjuncts are found at the highest joiner level whose parts are whole indicators: 及 / 以及
 * between items, then 和 / 与 / 或, then 、 inside one item ({@code 孕妇梅毒、乙肝和丙肝检测率及感染孕妇治疗率}
 * → two, not four). Where only the last conjunct ends in a head word (率, 比例 …), the others share
 * its suffix: the last conjunct is cut after its population word when the first ends in one
 * (新生儿、婴儿和5岁以下儿童 | 死亡率), else after the character the first conjunct ends with
 * (宫颈癌、乳腺癌 | 人群筛查率, the first keeping its lead 35-64岁适龄妇女 for all), else after as
 * many characters as the first has (城市和农村 | 妇女健康档案建档率; with three or more, as the one
 * before the last, the first's population lead shared by all: 孕产妇艾滋病、梅毒和乙肝 | 检测率 →
 * 孕产妇梅毒检测率), before a locative 中
 * (区人大代表和区政协委员 | 中女性比例). Whole conjuncts without a population word borrow the
 * first one's (5岁以下儿童贫血率和生长迟缓率 → 5岁以下儿童生长迟缓率).
 *
 * <p>Input: the indicator phrase as printed and the number of values (1 under 均). Output: the
 * names, or an empty list when the phrase is one indicator (孕产妇艾滋病、梅毒和乙肝检测率 without
 * 均) or does not split into as many parts as there are values.
 */
final class CoordinationSplitter {
  private final TargetLexicon lexicon;

  CoordinationSplitter(TargetLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** One indicator per value ({@code values} > 1) or per conjunct ({@code values} == 1). */
  List<String> split(String phrase, int values) {
    List<int[]> seps = separators(phrase);
    if (seps.isEmpty()) {
      return values == 2 ? urbanRural(phrase) : List.of();
    }
    // the finest split whose every conjunct is a whole indicator: A率、B率和C率均… is three
    for (int level = 0; level <= 2; level++) {
      List<String> items = items(phrase, seps, level);
      if (items.size() < 2 || values > 1 && items.size() != values) {
        continue;
      }
      if (items.stream().allMatch(this::hasHead)) {
        return borrowPopulation(items);
      }
    }
    // the heads joined by one joiner, the others inside the shared lead: 艾滋病、梅毒孕产妇感染者及所生
    // 儿童 | 治疗率和预防用药率
    for (int level : new int[] {1, 2, 0}) {
      List<String> items = only(phrase, seps, level);
      if (items.size() >= 2 && (values == 1 || items.size() == values)
          && items.stream().allMatch(this::hasHead)) {
        return borrowPopulation(items);
      }
    }
    List<String> items = items(phrase, seps, 0);
    if (values > 1 && items.size() != values) {
      items = items(phrase, seps, 1);
      if (items.size() != values) {
        return List.of();
      }
    }
    if (items.size() < 2 || !hasHead(items.get(items.size() - 1))) {
      return List.of();
    }
    return shareSuffix(items);
  }

  /**
   * 城乡 before two values spread over it (城乡社区儿童之家覆盖率分别达到100%和95%) is the town and
   * the country, in that order: 城市社区 and 农村社区 for communities, else 城镇 and 农村 (城镇居民).
   * Empty when the phrase does not name 城乡 once.
   */
  private static List<String> urbanRural(String phrase) {
    int at = phrase.indexOf("城乡");
    if (at < 0 || phrase.indexOf("城乡", at + 1) >= 0) {
      return List.of();
    }
    String rest = phrase.substring(at + 2);
    String town = rest.startsWith("社区") ? "城市" : "城镇";
    return List.of(phrase.substring(0, at) + town + rest, phrase.substring(0, at) + "农村" + rest);
  }

  /**
   * The indicators of a phrase whose every conjunct is a whole indicator with its own head word,
   * for one value that they all share without 均 (3岁以下儿童系统管理率和7岁以下儿童健康管理率保持在92%以上
   * → both); empty when any conjunct lacks a head (宫颈癌和乳腺癌防治知识知晓率 is one indicator).
   */
  List<String> splitWhole(String phrase) {
    List<int[]> seps = separators(phrase);
    for (int level = 2; level >= 0 && !seps.isEmpty(); level--) {
      List<String> items = items(phrase, seps, level);
      if (items.size() >= 2 && items.stream().allMatch(this::hasHead)) {
        return borrowPopulation(items);
      }
    }
    return List.of();
  }

  /** The second side of a ratio and its head: 婴幼儿的比例, 男厕位之比. */
  private static final Pattern RATIO_OF = Pattern.compile("[^、和及与]{1,12}(?:的比例|之比)");

  /** Top-level joiners: {position, length, level} with level 0 、, 1 和/与/或, 2 及/以及. */
  private List<int[]> separators(String s) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if (c == '）' || c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == '“' || c == '”') {
        quoted = c == '“';
      } else if (depth > 0 || quoted || i == 0 || inWord(s, i)) {
        continue;
      } else if (c == '、') {
        out.add(new int[] {i, 1, 0});
      } else if ((c == '和' || c == '或') || c == '与' && !RATIO_OF.matcher(s).region(i + 1,
          s.length()).matches()) { // 保育人员与婴幼儿的比例: the two sides of one ratio
        out.add(new int[] {i, 1, 1});
      } else if (c == '以' && s.startsWith("以及", i)) {
        out.add(new int[] {i, 2, 2});
        i++;
      } else if (c == '及' && !s.startsWith("及以", i)) {
        out.add(new int[] {i, 1, 2});
      }
    }
    return out;
  }

  /** True when the joiner character at {@code i} is part of a word (普及率, 及时, 和谐). */
  private boolean inWord(String s, int i) {
    for (String w : lexicon.words(WordKind.NOT_JOINER)) {
      for (int k = w.indexOf(s.charAt(i)); k >= 0; k = w.indexOf(s.charAt(i), k + 1)) {
        if (i - k >= 0 && s.startsWith(w, i - k)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> items(String s, List<int[]> seps, int level) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int[] sep : seps) {
      if (sep[2] >= level) {
        out.add(s.substring(from, sep[0]));
        from = sep[0] + sep[1];
      }
    }
    out.add(s.substring(from));
    out.removeIf(String::isEmpty);
    return out;
  }

  /** The conjuncts at the joiners of one level only. */
  private static List<String> only(String s, List<int[]> seps, int level) {
    return items(s, seps.stream().filter(sep -> sep[2] == level).toList(), 0);
  }

  private boolean hasHead(String item) {
    // a standard (生活补贴和护理补贴标准均不低于75元) is a head only here: a standard named without a
    // value (提高失业保险金标准) is a task, no indicator whose value is missing
    return lexicon.endsWith(WordKind.HEAD, item, item.length()) != null || item.endsWith("标准");
  }

  /** The start of the first population word in {@code s}, or -1. */
  private int populationStart(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (lexicon.startsWith(WordKind.POPULATION, s, i) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the first population word in {@code s}, or -1. */
  private int populationEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      String w = lexicon.startsWith(WordKind.POPULATION, s, i);
      if (w != null) {
        return i + w.length();
      }
    }
    return -1;
  }

  private boolean namesPopulation(String s) {
    return populationEnd(s, 0) >= 0;
  }

  private List<String> borrowPopulation(List<String> items) {
    String first = items.get(0);
    int end = populationEnd(first, 0);
    if (end < 0 || end >= first.length()) {
      return items;
    }
    // the lead of the first conjunct up to its last population word: 65岁以上老年人
    int next;
    while ((next = populationEnd(first, end)) >= 0 && next < first.length()
        && !hasHead(first.substring(0, next))) {
      end = next;
    }
    String prefix = first.substring(0, end);
    List<String> out = new ArrayList<>();
    out.add(first);
    for (String item : items.subList(1, items.size())) {
      out.add(namesPopulation(item) ? item : prefix + item);
    }
    return out;
  }

  private List<String> shareSuffix(List<String> items) {
    String first = items.get(0);
    String last = items.get(items.size() - 1);
    int cut = -1;
    String prefix = "";
    if (lexicon.endsWith(WordKind.POPULATION, first, first.length()) != null) {
      cut = populationEnd(last, 0);
    }
    if (cut < 0) {
      char end = first.charAt(first.length() - 1);
      int p = last.indexOf(end);
      if (p >= 0 && p != last.lastIndexOf(end)) {
        return List.of(); // 城乡居民医保和大病保险参保率: which 保 ends the parallel word is unclear
      }
      if (p >= 0 && p + 1 <= first.length() && last.length() - p - 1 >= 2) {
        cut = p + 1;
        String lead = first.substring(0, first.length() - cut);
        // a population lead is everyone's (35-64岁适龄妇女宫颈癌、乳腺癌…); 村党组织成员、村委会成员: 村 is not
        prefix = lexicon.endsWith(WordKind.POPULATION, lead, lead.length()) != null ? lead : "";
      }
    }
    if (cut < 0) {
      // 高血压、2型糖尿病 | 患者基层规范管理服务率: the shared part starts at the last's population word
      // (not before a locative 中, and not with three or more conjuncts: see below)
      // (高血压、糖尿病、严重精神障碍 | 患者规范管理率: three or more when the last's own part is much
      // longer than the one before it; 小学、初中、高中 | 阶段女生入学率 is cut below)
      int p = populationStart(last);
      cut = p >= 2 && last.charAt(p - 1) != '中' && populationStart(first) < 0
          && (items.size() == 2 || p > items.get(items.size() - 2).length() + 2) ? p : -1;
    }
    if (cut < 0 && items.size() >= 3) {
      // 孕产妇艾滋病、梅毒和乙肝 | 检测率: the conjunct before the last is as long as the last's
      // own part (the first may carry a lead), and the first's population lead is everyone's
      cut = Math.min(items.get(items.size() - 2).length(), last.length() - 1);
      int lead = populationEnd(first, 0);
      if (lead > 0 && lead < first.length() && !namesPopulation(last)) {
        prefix = first.substring(0, lead);
      }
    }
    if (cut < 0) {
      for (int loc = 1; loc <= Math.min(first.length() + 1, last.length() - 2); loc++) {
        if (last.charAt(loc) == '中' && "的女男".indexOf(last.charAt(loc + 1)) >= 0) {
          cut = loc; // 区人大代表和区政协委员 | 中女性比例
          break;
        }
      }
    }
    if (cut < 0 && first.length() > 4) {
      return List.of(); // 乡镇卫生院和社区卫生服务中心达到…的比例: the last's own part is not as long
    }
    if (cut < 0) {
      cut = Math.min(first.length(), last.length() - 1);
    }
    if (cut <= 0 || cut >= last.length()) {
      return List.of();
    }
    String suffix = last.substring(cut);
    List<String> out = new ArrayList<>();
    out.add(first + suffix);
    for (String mid : items.subList(1, items.size() - 1)) {
      out.add(prefix + mid + suffix);
    }
    out.add(prefix + last);
    return out;
  }

  /**
   * A short rate named after a rate of an aged population is that population's (5岁以下儿童生长迟缓率
   * …，低体重率… → 5岁以下儿童低体重率), unless it names a population of its own.
   */
  String agedPopulation(String name, String prev) {
    Matcher m = prev == null ? null : AGED.matcher(prev);
    if (m == null || !m.lookingAt() || name.length() > 6 || !name.endsWith("率")) {
      return name;
    }
    for (int i = 0; i < name.length(); i++) {
      if (lexicon.startsWith(WordKind.POPULATION, name, i) != null) {
        return name;
      }
    }
    return m.group() + name;
  }

  /**
   * A rate named in parallel with the one before it shares its population lead (35—64岁适龄妇女乳腺癌
   * 筛查率达到75%，宫颈癌筛查率达到80% → 35—64岁适龄妇女宫颈癌筛查率): the two end alike (three
   * characters or more), differ in up to four characters before that, and what comes before the
   * first's differing part ends in a population word; not when the name has a population of its own.
   * A short rate whose first two characters the one before names (参保率 after …养老保险参保人数) is
   * that measurement's.
   */
  String parallelLead(String name, String prev) {
    if (prev == null || name.length() > 10 || populationStart(name) >= 0) {
      return name;
    }
    int stem = name.length() <= 4 && name.endsWith("率") && !prev.endsWith(name)
        ? prev.lastIndexOf(name.substring(0, 2)) : -1;
    if (stem > 0) {
      return prev.substring(0, stem) + name; // …基本养老保险参保人数年均增长5%，参保率达到90%
    }
    int same = 0;
    while (same < name.length() && same < prev.length()
        && name.charAt(name.length() - 1 - same) == prev.charAt(prev.length() - 1 - same)) {
      same++;
    }
    int own = name.length() - same;
    if (same < 3 || own < 1 || own > 4 || prev.length() - same - own <= 0) {
      return name;
    }
    String lead = prev.substring(0, prev.length() - same - own);
    return lexicon.endsWith(WordKind.POPULATION, lead, lead.length()) != null ? lead + name : name;
  }

  /**
   * A rate of three characters listed right after a rate of the same length (after 、) is the
   * same measurement's (中小学生体质健康合格率达到92%、优良率达到65%以上 → 中小学生体质健康优良率).
   */
  String siblingRate(String name, String prev) {
    if (prev == null || name.length() != 3 || !name.endsWith("率") || !prev.endsWith("率")
        || prev.length() < 6 || prev.endsWith(name)) {
      return name;
    }
    String stem = prev.substring(0, prev.length() - 3);
    return lexicon.startsWith(WordKind.POPULATION, name, 0) != null ? name : stem + name;
  }

  private static final Pattern AGED = Pattern.compile(
      "\\d+(?:[—\\-–~至]\\d+)?岁(?:以下|以上|及以上)?(?:儿童|婴幼儿|中小学生|学生|青少年|妇女|老年人)");

  /**
   * A subgroup's rate after 其中 that repeats the end of the rate before it is that rate's, of the
   * subgroup (…养老保险参保率达到95%，其中女性参保率不低于93% → 女性城乡居民基本养老保险参保率).
   */
  String subgroupOf(String name, String prev) {
    String pop = lexicon.startsWith(WordKind.POPULATION, name, 0);
    if (prev == null || pop == null || name.length() - pop.length() < 2 || prev.startsWith(pop)) {
      return name;
    }
    String tail = name.substring(pop.length());
    return prev.endsWith(tail) && prev.length() > tail.length() ? pop + prev : name;
  }
}
