package org.planscope.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Period;
import org.planscope.model.Region;
import org.planscope.model.Span;
import org.planscope.model.Warning;
import org.planscope.text.ChineseNumber;

/**
 * A plan's title, region, period and type. The title is the one printed at the top (joined when
 * split over lines); when the file has none it is inferred from the parent plan the text cites
 * (《淄博市“十四五”妇女发展规划》 → 博山区“十四五”妇女发展规划), or else built from region, type and
 * period. The region is resolved in the {@link Gazetteer} and checked against the places the text
 * names (the parent plans it cites).
 */
final class MetadataReader {
  private static final Pattern PERIOD =
      Pattern.compile("((?:19|20)\\d\\d)\\s*年?\\s*[—–\\-－~～至到]+\\s*((?:19|20)\\d\\d)");
  /** 十四五, “十四五”, and the long form 第十四个五年 (国民经济和社会发展第十四个五年规划). */
  private static final Pattern FIVE_YEAR =
      Pattern.compile("“?十([一二三四五六七八九])五”?|第十([一二三四五六七八九])个五年");
  /** A period as printed in a title, with its parentheses: （2021—2025年）, 2021-2025年. */
  private static final Pattern PERIOD_SPAN = Pattern.compile(
      "[（(]?(?:19|20)\\d\\d\\s*年?\\s*[—–\\-－~～至到]+\\s*(?:19|20)\\d\\d\\s*年?[）)]?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern QUOTES = Pattern.compile("[“”\"‘’「」]");
  private static final Pattern CITATION = NoticeTitles.CITATION;

  /** What was read. */
  record Metadata(String title, boolean titleInferred, Region region, Period period,
      String planType, List<Warning> warnings) {}

  private final StructureCues cues;
  private final NoticeTitles notices;
  private final Gazetteer gazetteer;
  private final PrintedTitles titles;

  MetadataReader(StructureCues cues, Gazetteer gazetteer) {
    this.cues = cues;
    this.gazetteer = gazetteer;
    this.notices = new NoticeTitles(cues);
    this.titles = new PrintedTitles(cues, gazetteer, notices);
  }

  /**
   * Reads the metadata.
   *
   * @param t the normalised text
   * @param leading the paragraphs before the first heading (where a printed title is)
   * @param domainType the plan type the domain headings suggest, or null
   */
  Metadata read(String t, List<Span> leading, String domainType) {
    return read(t, leading, domainType, null);
  }

  /** Reads the metadata; {@code sourceTitle} is the file's own title (HTML title), or null. */
  Metadata read(String t, List<Span> leading, String domainType, String sourceTitle) {
    List<Warning> warnings = new ArrayList<>();
    String printed = titles.printed(t, leading);
    if (printed == null && sourceTitle != null) {
      printed = titles.ofSource(sourceTitle);
    }
    String report = printed != null && titles.isReport(printed) ? printed
        : titles.report(t, leading);
    if (report != null) { // an evaluation or a monitoring report: its figures are no targets
      printed = report;
      warnings.add(new Warning("NOT_A_PLAN", "the document reports on a plan, it is none: no goals,"
          + " measures or targets are read from " + report, null, List.of(report)));
    }
    String planType = planType(printed, t, domainType);
    Map<String, Integer> mentions = gazetteer.mentions(t);

    Region region = printed != null ? regionFromTitle(printed, t, mentions, warnings) : null;
    if (region == null) {
      region = regionFromText(t, mentions, warnings);
    }
    Period period = printed == null ? null : period(printed);
    if (period == null && printed != null && report == null) {
      period = singleYear(printed); // 某区2023年养老服务工作要点: that year, not a cited plan's
    }
    String parent = parentCitation(t, region, planType);
    if (period == null && parent != null) {
      period = period(parent);
    }
    if (period == null) {
      period = period(t.substring(0, Math.min(t.length(), 3000)));
    }
    if (period == null) {
      warnings.add(new Warning("PERIOD_MISSING", "no period found in the title or the text", null));
    }
    String title = printed;
    boolean inferred = false;
    if (title == null && region != null && region.name() != null) {
      title = inferTitle(t, region, planType, period, parent);
      inferred = true;
      warnings.add(new Warning("TITLE_INFERRED", "no title line; inferred as " + title
          + (parent != null ? " from 《" + parent + "》" : " from region, type and period"), null,
          parent != null ? List.of(title, parent) : List.of(title)));
    } else if (title == null) {
      warnings.add(new Warning("TITLE_MISSING", "no title line and no region to infer one", null));
    }
    return new Metadata(title, inferred, region == null ? Region.UNKNOWN : region, period,
        planType, warnings);
  }

  // ---- title ----------------------------------------------------------------------------------

  private String planWord(String s) {
    return cues.within(CueKind.PLAN_WORD, s);
  }

  private String inferTitle(String t, Region region, String planType, Period period,
      String parent) {
    String self = selfWord(t);
    if (parent != null) {
      String parentRegion = leadingName(parent);
      String rest = parent.substring(parentRegion.length());
      String word = lastPlanWord(rest);
      if (word != null && self != null) {
        int at = rest.lastIndexOf(word);
        rest = rest.substring(0, at) + self + rest.substring(at + word.length());
      }
      return region.name() + balanceParens(rest);
    }
    StringBuilder b = new StringBuilder(region.name());
    String five = period == null ? null : fiveYearName(period);
    if (five != null) {
      b.append('“').append(five).append('”');
    }
    b.append(typePhrase(planType)).append(self == null ? "规划" : self);
    if (period != null && five == null) {
      b.append('（').append(period.start()).append('—').append(period.end()).append("年）");
    }
    return b.toString();
  }

  /** The plan word that ends last in {@code s}, the longest of those ending there (行动计划 over 计划). */
  private String lastPlanWord(String s) {
    String best = null;
    int end = -1;
    for (String w : cues.words(CueKind.PLAN_WORD)) {
      int i = s.lastIndexOf(w);
      int e = i < 0 ? -1 : i + w.length();
      if (e > end || (e == end && e >= 0 && w.length() > best.length())) {
        end = e;
        best = w;
      }
    }
    return best;
  }

  /**
   * The field a plan covers, read from its title: the title without the region names it opens
   * with, its period (“十四五”, （2021—2025年）, 2021—2025年), quotation marks and the plan word it
   * ends with. 仁寿县“十四五”卫生健康事业发展规划 → 卫生健康事业发展. Empty when nothing is left.
   */
  String field(String title, Region region) {
    if (title == null) {
      return "";
    }
    String s = SPACES.matcher(title).replaceAll("");
    if (region != null && region.name() != null && s.startsWith(region.name())) {
      s = s.substring(region.name().length());
    }
    for (String n; !s.isEmpty() && (n = gazetteer.nameAt(s, 0)) != null; ) {
      s = s.substring(n.length());
    }
    s = PERIOD_SPAN.matcher(s).replaceAll("");
    s = FIVE_YEAR.matcher(s).replaceAll("");
    s = QUOTES.matcher(s).replaceAll("");
    String word = lastPlanWord(s);
    if (word != null && s.endsWith(word)) {
      s = s.substring(0, s.length() - word.length());
    }
    // 人民政府办公室关于推进医养结合高质量发展的(实施意见): the issuer and 关于…的 frame the field
    s = ISSUER.matcher(s).replaceFirst("");
    // 妇女儿童健康促进行动(实施方案): the action is the plan's kind of work, its field what it acts on
    String field = ACTION.matcher(s).replaceFirst("");
    s = field.length() >= 2 ? field : s;
    if (s.startsWith("关于") && s.endsWith("的") && s.length() > 4) {
      s = s.substring(2, s.length() - 1);
    }
    return Headings.bare(s);
  }

  private static final Pattern ACTION = Pattern.compile("(?:促进|提升|提高|保障|推进|攻坚|专项)?行动$");
  private static final Pattern ISSUER = Pattern.compile("^(?:人民政府|政府)?(?:办公室|办公厅)(?=关于)|^人民政府(?=关于)");

  /** The plan word the text calls itself by (本规划 → 规划), the most frequent one; or null. */
  private String selfWord(String t) {
    String best = null;
    int bestCount = 0;
    for (String cue : cues.words(CueKind.SELF_NAME)) {
      int n = count(t, cue);
      if (n > bestCount) {
        bestCount = n;
        best = cues.value(CueKind.SELF_NAME, cue);
      }
    }
    return best;
  }

  private String typePhrase(String planType) {
    for (String cue : cues.words(CueKind.PLAN_TYPE)) {
      if (planType.equals(cues.value(CueKind.PLAN_TYPE, cue))) {
        return cue;
      }
    }
    return "发展";
  }

  private static String balanceParens(String s) {
    int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
    if (open < 0) {
      return s;
    }
    String inner = s.substring(open + 1);
    int close = Math.max(inner.lastIndexOf('）'), inner.lastIndexOf(')'));
    String body = close < 0 ? inner : inner.substring(0, close);
    String after = close < 0 ? "" : inner.substring(close + 1);
    return s.substring(0, open) + '（' + body + '）' + after;
  }

  // ---- plan type ------------------------------------------------------------------------------

  private String planType(String title, String t, String domainType) {
    if (DomainLexicon.WOMEN_CHILDREN.equals(domainType)) {
      return domainType; // both subjects' domains: a combined plan, or two plans in one file
    }
    if (title != null) {
      for (String cue : cues.words(CueKind.PLAN_TYPE)) {
        if (title.contains(cue)) {
          return cues.value(CueKind.PLAN_TYPE, cue);
        }
      }
    }
    if (domainType != null) {
      return domainType;
    }
    String best = "other";
    int bestCount = 0;
    for (String cue : cues.words(CueKind.PLAN_TYPE)) {
      int n = count(t, cue);
      if (n > bestCount) {
        bestCount = n;
        best = cues.value(CueKind.PLAN_TYPE, cue);
      }
    }
    return best;
  }

  // ---- region ---------------------------------------------------------------------------------

  /** A campaign named after its place: 健康宁乡, 平安长沙, 法治浏阳, 美丽宜都. */
  private static final Pattern CAMPAIGN =
      Pattern.compile("(?:健康|平安|法治|美丽|幸福|文明|智慧|数字|书香|绿色)");
  private static final Pattern LEAD_YEAR = Pattern.compile("(?:19|20)\\d\\d年度?");

  private Region regionFromTitle(String title, String t, Map<String, Integer> mentions,
      List<Warning> warnings) {
    List<String> names = new ArrayList<>();
    Matcher year = LEAD_YEAR.matcher(title);
    int at = year.lookingAt() ? year.end() : 0; // 2022年衡阳市…统计监测报告
    Matcher campaign = CAMPAIGN.matcher(title).region(at, title.length());
    if (campaign.lookingAt()) { // 健康宁乡行动实施方案: the campaign of 宁乡市, which the text names
      String rest = title.substring(campaign.end());
      for (String m : mentions.keySet()) {
        String s = Gazetteer.shortName(m);
        if (rest.startsWith(m) || s.length() >= 2 && rest.startsWith(s)) {
          return resolve(m, List.of(), t, mentions, warnings);
        }
      }
    }
    for (String n; (n = gazetteer.nameAt(title, at)) != null; at += n.length()) {
      names.add(n);
    }
    if (names.isEmpty()) {
      String leading = RegionSuffixes.shared().leadingName(title.substring(at));
      return leading == null ? null : unlisted(leading, t, warnings);
    }
    String name = names.get(names.size() - 1);
    Region listed = resolve(name, names.subList(0, names.size() - 1), t, mentions, warnings);
    String zone = RegionSuffixes.shared().zoneName(title.substring(at)); // 重庆市两江新区
    if (zone == null || listed == null) {
      return listed;
    }
    warnings.add(new Warning("REGION_NOT_IN_GAZETTEER", zone + " is not in the gazetteer", null,
        List.of(zone)));
    return RegionSuffixes.shared().zoneIn(zone, listed);
  }

  private Region regionFromText(String t, Map<String, Integer> mentions, List<Warning> warnings) {
    char self = RegionSuffixes.selfLevel(t);
    String best = null;
    int bestCount = 0;
    int bestTier = 0;
    for (Map.Entry<String, Integer> e : mentions.entrySet()) {
      String name = e.getKey();
      int tier = gazetteer.lookup(name).stream().mapToInt(Gazetteer.Division::tier).max().orElse(0);
      if (tier < 2 || (self != 0 && name.charAt(name.length() - 1) != self)) {
        continue;
      }
      if (e.getValue() > bestCount || (e.getValue() == bestCount && tier > bestTier)) {
        best = name;
        bestCount = e.getValue();
        bestTier = tier;
      }
    }
    if (best == null) {
      warnings.add(new Warning("REGION_MISSING", "no region found in the title or the text", null));
      return null;
    }
    warnings.add(new Warning("REGION_FROM_TEXT", "no title; region " + best
        + " is the place the text names most" + (self != 0 ? " as 我" + self : ""), null,
        self != 0 ? List.of(best, String.valueOf(self)) : List.of(best)));
    return resolve(best, List.of(), t, mentions, warnings);
  }

  private Region resolve(String name, List<String> parents, String t,
      Map<String, Integer> mentions, List<Warning> warnings) {
    List<Gazetteer.Division> cands = gazetteer.lookup(name);
    Gazetteer.Division best = null;
    int bestScore = -1;
    boolean tie = false;
    for (Gazetteer.Division d : cands) {
      int score = 0;
      if (parents.contains(d.province()) || (d.city() != null && parents.contains(d.city()))) {
        score += 4;
      }
      String cityShort = gazetteer.shortFormOf(d.city()); // 黔东南州
      if (d.city() != null && (t.contains(d.city()) || t.contains(Gazetteer.shortName(d.city()))
          || cityShort != null && t.contains(cityShort))) {
        score += 2;
      }
      if (d.tier() > 1 && (t.contains(d.province())
          || t.contains(Gazetteer.shortName(d.province())))) {
        score += 1;
      }
      if (score > bestScore) {
        best = d;
        bestScore = score;
        tie = false;
      } else if (score == bestScore) {
        tie = true;
      }
    }
    if (bestScore < 4 && !parents.isEmpty()) { // 南宁市城区: the title's city has no 城区
      String p = parents.get(parents.size() - 1);
      warnings.add(new Warning("REGION_NOT_IN_GAZETTEER", name + " is not a division of " + p
          + " in the gazetteer", null, List.of(name, p)));
      return RegionSuffixes.shared().zoneIn(name,
          resolve(p, parents.subList(0, parents.size() - 1), t, mentions, new ArrayList<>()));
    }
    if (best == null) {
      return unlisted(name, t, warnings);
    }
    if (tie) {
      warnings.add(new Warning("REGION_AMBIGUOUS", name + " names " + cands.size()
          + " divisions; the text does not tell them apart, took " + best.code(), null,
          List.of(name, String.valueOf(cands.size()), best.code())));
    } else if (bestScore == 0 && best.tier() > 1) {
      warnings.add(new Warning("REGION_UNCONFIRMED", "the text names neither the province nor "
          + "the city the gazetteer gives for " + name, null, List.of(name)));
    }
    // the name as the plan writes it: 龙胜县 for 龙胜各族自治县 (the code says which division)
    return new Region(name, best.level(), best.province(), best.city(), best.code());
  }

  /** A region the gazetteer does not list: level by suffix, parents from the plans it cites. */
  private Region unlisted(String name, String t, List<Warning> warnings) {
    warnings.add(new Warning("REGION_NOT_IN_GAZETTEER", name + " is not in the gazetteer", null,
        List.of(name)));
    String province = null;
    String city = null;
    Matcher m = CITATION.matcher(t);
    while (m.find()) {
      String n = gazetteer.nameAt(m.group(1), 0);
      if (n == null || n.equals(name)) {
        continue;
      }
      for (Gazetteer.Division d : gazetteer.lookup(n)) {
        if (d.tier() == 1 && province == null) {
          province = d.name();
        } else if (d.tier() == 2 && city == null) {
          city = d.name();
        } else if (d.tier() == 3 && city == null && RegionSuffixes.isTown(name)) {
          city = d.city(); // 新街口街道 citing 《玄武区…规划》: the county's prefecture and province
          province = province == null ? d.province() : province;
        }
      }
    }
    Gazetteer.Division d = province == null && city == null
        ? gazetteer.parentByShortName(name) : null; // 长沙经济技术开发区: in 长沙市
    String level = RegionSuffixes.shared().level(name);
    return d == null ? new Region(name, level, province, city, null) : new Region(name, level,
        d.tier() == 1 ? d.name() : d.province(), d.tier() == 2 ? d.name() : null, null);
  }

  // ---- period and parent plans ----------------------------------------------------------------

  /** The period a phrase states: 2021—2030, or a five-year plan (十四五 → 2021–2025). */
  static Period period(String s) {
    Matcher m = PERIOD.matcher(ChineseNumber.arabicYears(s));
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (b >= a && b - a <= 30) {
        return new Period(a, b);
      }
    }
    Matcher f = FIVE_YEAR.matcher(s);
    if (f.find()) {
      int n = 10 + ChineseNumber.digit((f.group(1) != null ? f.group(1) : f.group(2)).charAt(0));
      // the third five-year plan began in 1966; every later one follows on
      int start = 1966 + 5 * (n - 3);
      return new Period(start, start + 4);
    }
    return null;
  }

  /** The one year a title names (2023年…工作要点), not a revision's (（2021年修订）), or null. */
  static Period singleYear(String title) {
    Matcher m = SINGLE_YEAR.matcher(ChineseNumber.arabicYears(title));
    if (!m.find()) {
      return null;
    }
    int y = Integer.parseInt(m.group(1));
    return m.find() ? null : new Period(y, y);
  }

  private static final Pattern SINGLE_YEAR =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*年(?!\\s*(?:修订|版|度?修正|[—–\\-－~～至到]))");

  /** 十四五 for 2021–2025, or null when the period is not a five-year plan's. */
  static String fiveYearName(Period p) {
    if (p.end() - p.start() != 4 || (p.start() - 1966) % 5 != 0 || p.start() < 2006) {
      return null;
    }
    int n = 3 + (p.start() - 1966) / 5;
    return "十" + "一二三四五六七八九".charAt(n - 11) + "五";
  }

  /**
   * The nearest parent plan of the same type the text cites: 《X…妇女发展…》 where X is the
   * region's prefecture (preferred) or province.
   */
  String parentCitation(String t, Region region, String planType) {
    if (region == null) {
      return null;
    }
    String phrase = typePhrase(planType);
    String best = null;
    int bestRank = 0;
    Matcher m = CITATION.matcher(t);
    while (m.find()) {
      String c = SPACES.matcher(m.group(1)).replaceAll(""); // a citation wrapped over two lines
      if (!c.contains(phrase) || planWord(c) == null) {
        continue;
      }
      String n = leadingName(c);
      int rank = n.isEmpty() ? 0 : n.equals(region.city()) ? 2
          : n.equals(region.province()) && !n.equals(region.name()) ? 1 : 0;
      if (rank > bestRank) {
        best = c;
        bestRank = rank;
      }
    }
    return best;
  }

  private String leadingName(String s) {
    String n = gazetteer.nameAt(s, 0);
    return n == null ? "" : n;
  }

  private static int count(String t, String w) {
    int n = 0;
    for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + w.length())) {
      n++;
    }
    return n;
  }
}
