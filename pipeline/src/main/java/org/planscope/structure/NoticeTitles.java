package org.planscope.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles of notices and reposts around a plan: which plan a line cites, and which lines are
 * a site's chrome rather than a title.
 */
final class NoticeTitles {
  /** A cited document: 《淄博市“十四五”妇女发展规划》. */
  static final Pattern CITATION = Pattern.compile("《([^《》]{4,60})》");
  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

  private final StructureCues cues;

  NoticeTitles(StructureCues cues) {
    this.cues = cues;
  }

  private String planWord(String s) {
    return cues.within(CueKind.PLAN_WORD, s);
  }

  /**
   * The plan a line names by citing it: the cited plan of a notice (关于印发《X规划》的通知 → X规划);
   * the whole line, notice words removed, when it names a plan of its own around the citation
   * (鹿寨县贯彻落实《广西妇女发展规划》实施方案); the plan a notice names without quotation marks
   * (关于印发某县儿童发展规划（2021—2030年）的通知 → 某县儿童发展规划（2021—2030年）). Null when the line
   * cites no plan.
   */
  String cited(String line) {
    Matcher m = CITATION.matcher(line);
    if (!m.find() || planWord(m.group(1)) == null) {
      Matcher bare = BARE_NOTICE.matcher(line.strip());
      return bare.matches() && planWord(bare.group(1)) != null
          ? bare.group(1).replaceAll("\\s+", "") : null;
    }
    // every citation out: a notice of two plans (印发《A规划》《B规划》的通知) names the first
    String outside = CITATION.matcher(line).replaceAll("");
    return planWord(NOTICE_WORDS.matcher(outside).replaceAll("")) == null ? m.group(1)
        : NOTICE_WORDS.matcher(line.strip()).replaceAll("").replaceAll("\\s+", "");
  }

  /**
   * A notice that names its plan without quotation marks: 某县人民政府关于印发某县儿童发展规划
   * （2021—2030年）的通知.
   */
  private static final Pattern BARE_NOTICE =
      Pattern.compile("[^，。；]*?关于(?:印发|转发|下发)([^《》，。；]{4,60}?)的(?:通知|通报)");

  /** What wraps a plan's name in a notice's title: 关于印发 … 的通知. */
  private static final Pattern NOTICE_WORDS =
      Pattern.compile("^关于(?:印发|转发|下发)?|(?:的)?(?:通知|通报|批复)$");

  /**
   * The letterhead of an official document above its notice: the issuing body's 文件 line
   * (梅州市梅江区人民政府文件, letter-spaced or not) and the document number (梅区府〔2022〕8号).
   * Neither is part of a title.
   */
  static boolean isLetterhead(String line) {
    String s = SPACES.matcher(line).replaceAll("");
    return LETTERHEAD.matcher(s).matches() || DOCUMENT_NUMBER.matcher(s).matches()
        || ISSUER.matcher(s).matches();
  }

  /**
   * An issuer's or a site's name alone on a line above the title (某县人民政府, 某县人民政府办公室,
   * 某县人民政府网, 某市妇女儿童工作委员会): never part of the title.
   */
  private static final Pattern ISSUER = Pattern.compile("[\\p{IsHan}（）()]{2,30}?(?:人民政府(?:办公室|办公厅)?"
      + "|妇女儿童工作委员会(?:办公室)?|妇儿工委(?:办公室)?|人民政府网|政府网|门户网站|政务网|网站)");

  private static final Pattern LETTERHEAD = Pattern.compile(
      "[\\p{IsHan}（）()]{2,30}?(?:政府|委员会|办公室|办公厅|工委|党委|[局委厅处室会部])文件");
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
      "[\\p{IsHan}]{1,12}[〔\\[［【(（](?:19|20)\\d\\d[〕\\]］】)）]\\d{1,4}号");

  /**
   * Site chrome and publication lines around a reposted plan (当前位置：首页 > 政务公开 > 规划计划,
   * 发布日期：… 来源：…): a label with a colon or a breadcrumb, never a title.
   */
  static boolean isChrome(String line) {
    return line.indexOf('>') >= 0 || line.indexOf('＞') >= 0 || line.indexOf('：') >= 0
        || line.indexOf(':') >= 0;
  }
}
