package org.planscope.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Span;

/**
 * The title a plan prints at its top, or its file's own title (an HTML page's), for {@link
 * MetadataReader}: the plan a notice cites (关于印发《…》的通知), else the line that opens with the
 * plan's region and names a plan, else the first line that names a plan; a title split over
 * lines is joined (某县妇女发展规划 / （2021—2030年）).
 */
final class PrintedTitles {
  /** A period on a line of its own under the title: （2021—2030年）, (2023-2025), （2022年）. */
  private static final Pattern PERIOD_PAREN = Pattern.compile("^[（(]\\s*(?:19|20)\\d\\d\\s*年?"
      + "(?:\\s*[-—–－~～至到]+\\s*(?:19|20)?\\d\\d\\s*年?)?\\s*(?:修订|修订版|版)?[）)]$");
  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[。；，,;：:！？]");
  /** A title line ends with its plan word, perhaps a period in brackets after it. */
  private static final Pattern ENDS_AS_TITLE =
      Pattern.compile("(?:规划|纲要|方案|计划|意见)(?:[（(][^）)]*[）)])?$");
  /** A title's second half after its conjunction: 和二〇三五年远景目标纲要, 暨…行动计划. */
  private static final Pattern CONJOINED =
      Pattern.compile("[和及暨与][^。；，,;：:！？]{2,40}(?:规划|纲要|方案|计划|意见|要点)");
  private static final Pattern ANNEX =
      Pattern.compile("^附件\\s*[\\d一二三四五六七八九十]*\\s*[：:、.．]?\\s*(?=\\S)");
  private static final Pattern HEADLINE_TAG = Pattern.compile("^[【\\[〔](?:全文|图解|原文|政策解读|权威发布|重磅|最新)[】\\]〕]\\s*");
  private static final Pattern HEADLINE_TAIL = Pattern.compile(
      "(?<=[划要案]|[）)])\\s*(?:[（(]全文[）)]|(?:全文)?(?:正式)?(?:发布|印发|出台|公布)|全文)$");
  /** Leading lines at most this long may be (part of) the title. */
  private static final int MAX_TITLE_LINE = 50;

  private final StructureCues cues;
  private final Gazetteer gazetteer;
  private final NoticeTitles notices;

  PrintedTitles(StructureCues cues, Gazetteer gazetteer, NoticeTitles notices) {
    this.cues = cues;
    this.gazetteer = gazetteer;
    this.notices = notices;
  }

  /** The title printed at the top, joined when split over lines, or null. */
  String printed(String t, List<Span> leading) {
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < leading.size(); k++) {
      Span s = leading.get(k);
      // an annex's label before the title (附件1 某县妇女发展规划…, 附件：…) is no part of it
      String line = ANNEX.matcher(s.in(t).strip()).replaceFirst("");
      // a headline's tag and tail around a plan's title: 【全文】…, …（2021—2030年）全文发布
      line = HEADLINE_TAIL.matcher(HEADLINE_TAG.matcher(line).replaceFirst("")).replaceFirst("");
      if (NoticeTitles.isLetterhead(line)) {
        continue; // 某市人民政府文件 / 某府〔2022〕8号 above the notice
      }
      // a notice line joined with the publication line after it (…的通知发布时间：…) still cites
      // its plan: the citation is looked for before the length limit applies
      if (lines.isEmpty() || lines.stream().allMatch(NoticeTitles::isChrome)) {
        String cited = line.indexOf('。') < 0 ? notices.cited(line) : null;
        if (cited == null && line.contains("关于") && k + 1 < leading.size()) {
          // a notice's title broken over two lines: …关于印发某市“十四五” / 妇女儿童发展规划的通知
          cited = notices.cited(line + leading.get(k + 1).in(t).strip());
        }
        if (cited != null) {
          return cited;
        }
      }
      if (line.length() > MAX_TITLE_LINE || line.contains("。")) {
        String head = lines.isEmpty() ? flattenedTitle(line) : null;
        if (head != null) {
          return head; // 某县…规划 为促进…，制定本规划。 一、…: a plan copied as one line
        }
        break;
      }
      lines.add(line);
    }
    // a notice citing its plan, or a line that opens with its region and names a plan, is the
    // title, before a headline that only mentions one (重磅！某县妇女发展规划…正式发布)
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String cited = notices.cited(line);
      if (cited != null) {
        return cited;
      }
      String title = gazetteer.nameAt(line, 0) != null && !NoticeTitles.isChrome(line)
          ? titleFrom(lines, i) : null;
      if (title != null && gazetteer.nameAt(title, 0) != null) {
        return title;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (planWord(line) == null && gazetteer.nameAt(line, 0) == null
          || NoticeTitles.isChrome(line)) {
        continue;
      }
      String title = titleFrom(lines, i);
      if (title != null) {
        return title;
      }
    }
    return null;
  }

  /**
   * The title a flattened plan opens its one line with: the words before the first space, when
   * they end no sentence and name a plan; else null.
   */
  private String flattenedTitle(String line) {
    int gap = 0;
    while (gap < line.length() && gap <= MAX_TITLE_LINE && !Character.isWhitespace(line.charAt(gap))
        && line.charAt(gap) != '\u3000') {
      gap++;
    }
    if (gap < 6 || gap > MAX_TITLE_LINE || gap >= line.length()) {
      return null;
    }
    String head = line.substring(0, gap);
    String[] next = SPACES.split(line.substring(gap).strip(), 2);
    if (PERIOD_PAREN.matcher(next[0]).matches()) {
      head += next[0]; // 鹿寨县妇女发展规划 （2021—2030年） 前言 …
    }
    return CLAUSE_MARK.matcher(head).find() || planWord(head) == null
        || !ENDS_AS_TITLE.matcher(head).find() ? null : head;
  }

  /**
   * The title of a report on a plan rather than a plan (彭阳县妇女发展规划（2021—2030年）中期评估报告,
   * 2022年衡阳市妇女儿童发展规划统计监测报告): the first line, or the opening of the paragraph it
   * was joined to; else null.
   */
  String report(String t, List<Span> leading) {
    for (int i = 0; i < Math.min(1, leading.size()); i++) {
      String line = SPACES.matcher(leading.get(i).in(t).strip()).replaceAll("");
      // the title line, or the opening of a paragraph it was joined to
      Matcher m = REPORT.matcher(line.substring(0, Math.min(line.length(), 80)));
      if (m.lookingAt()) {
        return m.group();
      }
    }
    return null;
  }

  /** Whether a title is a report's on a plan. */
  boolean isReport(String title) {
    Matcher m = REPORT.matcher(title);
    return m.lookingAt() && m.end() >= title.length() - 1;
  }

  private static final Pattern REPORT = Pattern.compile("[^。，；：]{0,40}?(?:规划|纲要|方案|计划|监测)"
      + "[^。，；：]{0,30}?(?:评估报告|监测报告|统计报告|情况报告|自评报告|进展报告|工作总结)");

  /** The title that starts at line {@code i}, joined with the lines that complete it, or null. */
  private String titleFrom(List<String> lines, int i) {
    StringBuilder title = new StringBuilder(lines.get(i));
    for (int j = i + 1; j < lines.size(); j++) {
      String next = lines.get(j);
      if (PERIOD_PAREN.matcher(next).matches() || planWord(title.toString()) == null
          || CONJOINED.matcher(next).matches()) {
        title.append(next); // …第十四个五年规划 / 和二〇三五年远景目标纲要: one title
      } else {
        break;
      }
    }
    return planWord(title.toString()) != null ? title.toString().replaceAll("\\s+", "") : null;
  }

  /**
   * A plan title from a file's title: the plan a notice cites (关于印发《…》的通知), or the part
   * between site separators that names a plan (…规划（2021—2030年）_某市人民政府门户网站); null
   * when it names no plan or no region.
   */
  String ofSource(String title) {
    String cited = notices.cited(title);
    if (cited != null) {
      return cited;
    }
    for (String part : title.split("\\s*(?:[_|｜]|\\s[-—–]\\s|-(?=[^\\d）)]*$))\\s*")) {
      String p = part.strip().replaceAll("\\s+", "");
      if (planWord(p) != null && (gazetteer.nameAt(p, 0) != null
          || RegionSuffixes.shared().leadingName(p) != null)) { // a region the gazetteer lacks
        return p;
      }
    }
    return null;
  }

  private String planWord(String s) {
    return cues.within(CueKind.PLAN_WORD, s);
  }

  /**
   * The subject (women / children) of the last plan title line before {@code at} that names one
   * of them (a file holding a 妇女 and then a 儿童 plan: the second plan's 健康 is 儿童与健康), or
   * null.
   */
  static String subjectOfTitleBefore(String t, int at) {
    String found = null;
    java.util.regex.Matcher m = ItemCollector.PLAN_TITLE.matcher(t).region(0, at);
    while (m.find()) {
      boolean women = m.group().contains("妇女");
      boolean children = m.group().contains("儿童");
      if (women != children) {
        found = women ? "women" : "children";
      }
    }
    return found;
  }
}
