package org.planscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.extract.QuantityFinder.Quantity;
import org.planscope.extract.TargetLexicon.CueKind;

/**
 * Names a count target: the subject and the noun it counts (床位数达到6.5张 → 床位数, 新建幼儿园3所 →
 * 新建幼儿园数, 1名全科医生和1名儿科医生 → …全科医生人数, …儿科医生人数). Keeps the last count's subject,
 * which a count continued after 、 / 和 takes. One instance per call of the target reader.
 */
final class CountNames {
  /** A total's word between a count's name and its number (新增就业人数累计1.5万人). */
  private static final Pattern COUNT_TOTAL = Pattern.compile("(?:累计|合计|总计|共计)$");
  /** Verbs of a count of new ones, kept in its name. */
  private static final Pattern FLOW = Pattern.compile(
      "新|累计|培养|引进|招聘|改造|改扩建|改建|扩建|实现就业|实现再就业|培训|开展|举办|开发|选派|资助|评选|表彰|选树|招募"
          + "|帮扶|救助");

  private final FoldedText f;
  private final String s;
  private final ContextNouns nouns;
  private final CoordinationSplitter splitter;
  private String prevCountSubject;
  /** The last count's name and unit, for a clause that only changes its year. */
  private String prevIndicator;
  private String prevUnit;
  /** The names a spread list of counts gives one by one (…医师数、注册护士数分别达到3.4人和4.0人). */
  private List<String> spread = List.of();
  private int nextSpread;

  CountNames(FoldedText f, ContextNouns nouns, CoordinationSplitter splitter) {
    this.f = f;
    this.s = f.s;
    this.nouns = nouns;
    this.splitter = splitter;
  }

  /** Whether the last count spread a list of names (分别) that has names left. */
  boolean spreading() {
    return nextSpread > 0 && nextSpread < spread.size();
  }

  /** The names of a list a spread count names, one per count; empty when it names one. */
  private List<String> spreadNames(String subject) {
    String[] parts = LIST.split(subject);
    if (parts.length < 2) {
      return List.of();
    }
    List<String> names = splitter.split(subject, parts.length);
    if (names.size() == parts.length) {
      return names;
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    if (parts.length == 2 && first.length() <= 4 && last.length() > first.length() + 1) {
      return List.of(first + last.substring(first.length()), last); // 小学、初中 | 班额
    }
    return List.of(parts);
  }

  private static final Pattern PER_PERIOD = Pattern.compile("(?:每年|每季度|每学期|每月|每半年)$");
  private static final Pattern JOINED_VERB = Pattern.compile(
      "(?:新建|建设|改建|扩建|改造|新增|建立|设立)[或和、及与]$");
  private static final Pattern LIST = Pattern.compile("[、和及](?![^（(]*[）)])");
  /** Another count right after this one: 、4.0人, 和20个, 、五名. */
  private static final Pattern NEXT_COUNT = Pattern.compile("[、和及与][\\d一二两三四五六七八九十]");

  /** The last count's subject, or null before the first count. */
  String prevSubject() {
    return prevCountSubject;
  }

  private String text(int a, int b) {
    return f.d.substring(a, b);
  }

  /** A count (床位数达到6.5张, 每千人口拥有3岁以下婴幼儿托位数4.5个): subject + the noun it counts. */
  void name(Reading r) {
    Quantity q = r.q;
    int npStart = r.after;
    int npEnd = r.ce;
    for (int p = npStart; p < npEnd; p++) {
      if ("、和及".indexOf(s.charAt(p)) >= 0 && text(p, npEnd).chars().anyMatch(Character::isDigit)) {
        npEnd = p; // 医生1.12名、床位3.17张: the next count's noun is its own
        break;
      }
    }
    String np = npStart < npEnd ? text(npStart, npEnd) : "";
    np = np.startsWith("的") ? np.substring(1) : np;
    if (np.isEmpty() && npEnd < r.ce && q.word() != null) {
      np = sharedNoun(npEnd, r.ce, q.word().word()); // 分别配备1名和2名社工: 社工 for both
    }
    String subject = r.subject;
    if (r.continued) {
      String before = text(r.rs + 1, q.start()); // 医生1.12名、床位3.17张: the noun before its number
      if (before.isEmpty() && !np.isEmpty()) {
        r.rawEnd = npEnd; // 1名全科医生和1名儿科医生: the noun after it
      } else {
        np = before;
      }
      subject = np.endsWith("数") ? "" : prevCountSubject; // …医师数3.2人和注册护士数4.1人
    } else if (np.isEmpty() && r.chain != null && r.chain.nearest().kind() == CueKind.PROVISION
        && r.chain.gapStart() < q.start()) {
      np = COUNT_TOTAL.matcher(text(r.chain.gapStart(), q.start())).replaceFirst("");
      if (np.isEmpty() || "、和及与".indexOf(np.charAt(0)) >= 0 || np.endsWith("数")) {
        // 新建、改扩建幼儿园20所: both verbs are the noun's; 新增就业人数累计1.5万人: a count's name
        np = text(r.chain.start(), r.chain.gapStart()) + np;
      }
    } else if (!np.isEmpty()) {
      r.rawEnd = npEnd;
    }
    if (np.isEmpty() && subject.endsWith("的")) {
      np = nouns.lastNoun(r.cs); // 配备女干部，其中担任正职的…
    } else if (np.isEmpty() && subject.isEmpty() && !r.continued) {
      if (prevIndicator != null && q.unit().equals(prevUnit)) {
        // …托位数2025年达到4.5个，2030年达到5.5个: the same count at a later year
        r.subject = prevCountSubject;
        r.indicator = prevIndicator;
        r.core = prevIndicator;
        return;
      }
      np = nouns.lastNounPhrase(r.cs); // 全县共有3所妇幼保健机构，到2030年达到5所
    }
    String[] sn = verbsAndPeriod(r, subject, np);
    subject = sn[0];
    np = sn[1];
    if (subject.isEmpty() || subject.endsWith("的")) {
      subject = nouns.topic(r.cs) + subject;
    }
    // 新增城镇就业人员50万人, 新建3所幼儿园, 累计培训1500人次: a count of new ones keeps its verb
    String flow = flow(r, subject, np);
    String indicator = withSuffix(subject + (flow.isEmpty() ? has(r, subject, np) : flow) + np, q);
    if (r.continued && spreading()) {
      subject = prevCountSubject;
      indicator = withSuffix(spread.get(nextSpread++), q);
    } else if (!r.continued) {
      // 分别 / 均 before counts listed after it (…分别达到3.4人和4.0人): one name of the list each
      boolean listed = r.chain != null && r.chain.spread() && NEXT_COUNT.matcher(s)
          .region(Math.min(r.after, s.length()), s.length()).lookingAt();
      spread = new ArrayList<>();
      for (String part : listed ? spreadNames(subject) : List.<String>of()) {
        spread.add(withSuffix(part + flow + np, q));
      }
      nextSpread = spread.isEmpty() ? 0 : 1;
      indicator = spread.isEmpty() ? indicator : spread.get(0);
    }
    r.subject = subject;
    r.indicator = indicator;
    r.core = indicator;
    prevCountSubject = subject;
    prevIndicator = indicator;
    prevUnit = q.unit();
  }

  /**
   * The noun after a list of counts of one measure word ({@code 、2名社工}), or "" when none (or a
   * bound: 、50人以内).
   */
  private String sharedNoun(int from, int to, String word) {
    int p = from;
    int counts = 0;
    while (p < to && "、和及与".indexOf(s.charAt(p)) >= 0) { // 、2名 和3名 …
      int d = p + 1;
      while (d < to && (Character.isDigit(s.charAt(d)) || s.charAt(d) == '.')) {
        d++;
      }
      if (d == p + 1 || !s.startsWith(word, d)) {
        return "";
      }
      p = d + word.length();
      counts++;
    }
    Matcher noun = SHARED_NOUN.matcher(s).region(p, to);
    return counts > 0 && noun.matches() ? text(p, to) : "";
  }

  /** The noun after the last count of a list; not a bound (以内, 以上, 左右, 之间, 或…). */
  private static final Pattern SHARED_NOUN = Pattern.compile("(?![以及左之或至])\\p{IsHan}{1,12}");

  /** The subject and noun of a count after the verbs before its verb and its period are placed. */
  private String[] verbsAndPeriod(Reading r, String subject, String np) {
    Matcher joined = JOINED_VERB.matcher(subject);
    if (joined.find() && r.chain != null && r.chain.nearest().kind() == CueKind.PROVISION) {
      // 新建或改扩建幼儿园20所: both verbs are the noun's, as in 新建、改扩建幼儿园
      np = joined.group() + text(r.chain.start(), r.chain.gapStart()) + np;
      subject = subject.substring(0, joined.start());
    }
    if (subject.isEmpty() && r.chain != null && FLOW.matcher(r.chain.nearest().text()).lookingAt()) {
      Matcher per = PER_PERIOD.matcher(text(r.rs, r.chain.start()));
      subject = per.find() ? per.group() : subject; // 每年培训妇女1000人次: 每年 is the count's
    }
    return new String[] {subject, np};
  }

  /**
   * The verb of a count of new ones in the chain before its number, when the name lacks it: 培训
   * of 从业人员培训不少于500人次 as of 累计培训1500人次; "" when there is none.
   */
  private static String flow(Reading r, String subject, String np) {
    if (r.chain == null || np.startsWith("新")) {
      return "";
    }
    for (TargetLexicon.Cue c : r.chain.cues()) {
      if (FLOW.matcher(c.text()).lookingAt() && !subject.endsWith(c.text())
          && !np.contains(c.text())) {
        return c.text();
      }
    }
    return "";
  }

  /** The count's name with its suffix: 床位数达到6.5张, not 床位数数; 机构数量, 托位总量 as written. */
  /** 每万人口拥有全科医生3.5名: a count per head keeps the 拥有 it is printed with. */
  private static String has(Reading r, String subject, String np) {
    return PerCapitaBases.isBase(subject) && r.chain != null
        && r.chain.nearest().text().equals("拥有") && !np.startsWith("拥有") ? "拥有" : "";
  }

  /** The name with its unit's suffix (女干部人数); a count per head is a 数 (每万人口全科医生数). */
  private static String withSuffix(String name, Quantity q) {
    String suffix = q.word().suffix().equals("人数") && PerCapitaBases.startsWithBase(name) ? "数"
        : q.word().suffix();
    return name.endsWith(suffix) || name.endsWith("数") || name.endsWith("量") ? name
        : name + suffix;
  }
}
