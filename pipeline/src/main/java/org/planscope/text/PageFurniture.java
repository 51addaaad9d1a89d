package org.planscope.text;

import static org.planscope.text.TextNormalizer.isSpace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planscope.model.Block;
import org.planscope.model.Span;
import org.planscope.model.BlockKind;

/**
 * Pages: the cleaned lines of a document with the page each is on (counted at form feeds, else at
 * page-number lines), page numbers dropped ({@code — 12 —}, {@code 第 3 页}, {@code 3/20}), a web
 * page's and a preview's furniture dropped ({@code 展开阅读全文}, {@code 打印本页}); and
 * running headers and footers dropped (a short line at the top or bottom of at least half of the
 * pages; a header stays on the first page, where it is the title).
 */
final class PageFurniture {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?:[-—–－~～·•\\s]*\\d{1,4}[-—–－~～·•\\s]*|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
          + "|\\d{1,4}\\s*/\\s*\\d{1,4}|[Pp]age\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?"
          + "|[-—–－]\\s*[ivxlcIVXLC]{1,6}\\s*[-—–－])");
  /**
   * A web page's or a document preview's furniture, never plan text: a truncation mark (……), the
   * preview's own lines (展开阅读全文, 还剩18页未读，继续阅读, 本文档由用户上传…, 下载文档到电脑…,
   * VIP免费下载, 文档页数：20), the page tools (扫一扫在手机打开当前页, 打印本页,
   * 关闭窗口, 分享到：…, 上一篇：…, a pager 上一页 1 2 3 下一页, 相关链接：…), a repost's credits and calls
   * (来源：…, 编辑：… 审核：…, 阅读原文, a breadcrumb 当前位置：首页>…, a site bar …门户网站|无障碍浏览,
   * 点击“在看”…, a WeChat article's 往期推荐 and 点个“在看”，分享给更多人, an app's placeholder for an
   * embedded card: 此处已添加小程序，请到…客户端查看) and the previewed file's name
   * (….doc). Matched on the whole line without spaces
   * and brackets.
   */
  private static final Pattern WEB_FURNITURE = Pattern.compile(
      "[.。…·]{2,}|…|(?:点击)?(?:展开|阅读|查看|继续阅读)(?:阅读)?全文[>＞»›∨↓]*"
          + "|(?:还剩|剩余).{0,12}未读[，,]?(?:继续阅读)?|本文档(?:由|为)用户上传.*"
          // a document site's calls and labels: 下载文档到电脑，查找使用更方便, VIP免费下载, 文档页数：20
          + "|下载文档到电脑.{0,20}|(?:VIP|会员)?(?:免费|立即)?下载(?:文档|本文|全文)?"
          + "|文档(?:格式|大小|页数|分类)[:：].{0,20}"
          + "|扫一扫.{0,12}(?:手机|移动端).{0,10}(?:打开|查看|浏览).{0,8}"
          + "|(?:打印本页|关闭窗口|关闭本页|收藏本页|字体|字号)[:：]?(?:大中小|打印本页|关闭窗口)*"
          + "|分享到[:：].*|(?:上|下)一篇[:：].*|阅读原文|点击.{0,8}(?:在看|关注|阅读原文).{0,20}"
          + "|长按.{0,10}(?:识别|关注).{0,20}"
          + "|(?:往期|精彩|相关|推荐|延伸)(?:推荐|回顾|阅读|链接|文章|文件)(?:[:：].{0,80})?"
          + "|喜欢此内容的人还喜欢"
          // a page's pager: 上一页 1 2 3 下一页, 首页 上一页 下一页 尾页
          + "|(?=.*(?:上一页|下一页))(?:首页|上一页|下一页|尾页|末页|\\d{1,3}|[<>«»‹›]|跳转)+"
          + "|(?:点个|点亮|点一下).{0,4}(?:在看|赞).{0,20}|(?:分享|转发)给更多(?:人|朋友).{0,10}"
          + "|微信扫一扫.{0,20}|预览时标签不可点"
          // a preview's end: （未完）, 温馨提示：登录后可查看完整内容, 开通会员阅读全文
          + "|[（(]?未完(?:待续)?[）)]?|[（(]待续[）)]"
          + "|(?:温馨)?(?:提示[:：])?.{0,6}(?:请先?登录|登录后).{0,8}(?:查看|阅读|下载)"
          + "(?:完整|全文|全部|更多).{0,8}"
          + "|.{0,8}(?:付费|开通会员|购买|订阅).{0,8}(?:查看|阅读|下载)(?:全文|完整内容|全部).{0,10}"
          // a repost's placeholder for an embedded card: （此处已添加小程序，请到今日头条客户端查看）
          + "|[（(]?此处已(?:添加|插入).{0,20}?[，,]?请(?:到|在|前往).{0,20}?(?:查看|浏览|打开)[）)]?"
          + "|原创.{0,40}?\\d{4}-\\d{1,2}-\\d{1,2}.{0,30}" // 原创 某妇联 2022-01-18 08:00 发表于福建
          // a page's breadcrumb (当前位置：首页>政务公开>政策文件) and its site bar
          // (某某市人民政府门户网站|无障碍浏览|长者模式)
          + "|(?:您)?(?:现在)?的?(?:当前)?(?:所在)?位置[:：].{0,12}?(?:首页|主页).{0,80}"
          + "|(?=.*[|｜])(?=.*(?:无障碍浏览|无障碍阅读|长者模式|关怀版|适老化|繁体版|English)).{0,80}"
          + "|(?:浏览次数|点击数|点击量|阅读次数|访问量|浏览量|阅读量|访问次数)[:：]?\\d+次?"
          + "|(?:(?:(?:责任)?编辑|审核|初审|复审|终审|校对|作者|来源|文字|图片|摄影|排版)[:：丨|｜][^。；;]{1,30}){1,5}"
          // a line of marks alone (▲, ↓↓↓, ●●●) and an article's end mark (—END—)
          + "|[\\p{So}\\p{Sm}\\p{Sk}]{1,12}|[-—–_=~]*(?:END|End|end)[-—–_=~]*"
          + "|.{2,80}\\.(?:docx?|wps|pdf|PDF|DOCX?|txt)");
  private static final Pattern FURNITURE_IGNORED = Pattern.compile("[\\s\u3000【】\\[\\]]+");

  /** True when the whole line is a web page's or a preview's furniture ({@link #WEB_FURNITURE}). */
  static boolean webFurniture(String line) {
    if (line.length() > 120) {
      return false;
    }
    return WEB_FURNITURE.matcher(FURNITURE_IGNORED.matcher(line).replaceAll("")).matches();
  }

  /**
   * A web page's tools and counters written inside a line, between spaces: what a page copied as
   * one line keeps of its chrome (某某县妇女发展规划 发布时间：2012-03-05 来源：县妇联 浏览次数：1024
   * 字号：大 中 小 一、指导思想 …).
   */
  private static final Pattern INLINE_CHROME = Pattern.compile(
      "(?<=^|[\\s\u3000])(?:(?:发布时间|发布日期|更新时间|发文日期)[:：][\\s\u3000]*"
          + "\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:[\\s\u3000]+\\d{1,2}:\\d{2}(?::\\d{2})?)?"
          + "|(?:来源|信息来源|文章来源|责任编辑|编辑|作者)[:：][\\s\u3000]*[^\\s\u3000:：。；]{1,20}"
          + "|(?:浏览次数|点击数|点击量|阅读次数|访问量|浏览量|阅读量|访问次数)[:：]?[\\s\u3000]*\\d+次?"
          + "|(?:字号|字体)[:：]?[\\s\u3000]*[【\\[]?大[】\\]]?[\\s\u3000]*[【\\[]?中[】\\]]?"
          + "[\\s\u3000]*[【\\[]?小[】\\]]?"
          + "|[【\\[](?:打印本页|关闭窗口|打印|关闭|收藏|返回顶部|加入收藏)[】\\]]|打印本页|关闭窗口|返回顶部)"
          + "(?=$|[\\s\u3000])");

  /**
   * Adds {@code line}, cut where a page's chrome sits inside it ({@link #INLINE_CHROME}): the
   * text around the chrome becomes lines of their own, never joined back, and the chrome is
   * dropped when it is furniture (a publication date stays, as its own line).
   */
  private static void addWithoutInlineChrome(SourceLine line, List<SourceLine> out) {
    String t = line.text();
    if (t.isEmpty()) {
      return;
    }
    if (!mayHoldChrome(t)) {
      out.add(line);
      return;
    }
    Matcher m = INLINE_CHROME.matcher(t);
    int from = 0;
    boolean any = false;
    while (m.find()) {
      any = true;
      addPart(line, from, m.start(), out);
      addPart(line, m.start(), m.end(), out);
      from = m.end();
    }
    if (!any) {
      out.add(line);
      return;
    }
    addPart(line, from, t.length(), out);
  }

  /** The words every {@link #INLINE_CHROME} run holds: the pattern is tried only where one is. */
  private static final List<String> CHROME_WORDS = List.of("发布", "更新时间", "发文日期", "来源",
      "编辑", "作者", "次数", "点击", "浏览", "阅读", "访问", "字号", "字体", "打印", "关闭", "收藏",
      "返回");

  private static boolean mayHoldChrome(String t) {
    for (String w : CHROME_WORDS) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static void addPart(SourceLine line, int from, int to, List<SourceLine> out) {
    SourceLine part = line.part(from, to, SourceLine.NO_JOIN_BEFORE | SourceLine.NO_JOIN_AFTER);
    if (!part.text().isEmpty() && !webFurniture(part.text())) {
      out.add(part);
    }
  }

  /** Running headers: a short line on at least this share of the pages (and at least 3). */
  private static final double RUNNING_SHARE = 0.5;
  private static final int MAX_RUNNING = 40;
  /** A title names a region and a plan (某县…规划): a shorter line is no title to find copies of. */
  private static final int MIN_TITLE = 6;

  private PageFurniture() {}

  /** The cleaned, non-empty lines of {@code blocks} with their pages; page-number lines dropped. */
  static List<SourceLine> lines(String src, List<Block> blocks, boolean pdf) {
    boolean[] spaced = SpaceTables.rows(src, blocks);
    List<SourceLine> out = new ArrayList<>(blocks.size());
    int k = -1;
    boolean feeds = src.indexOf('\f') >= 0;
    int page = 0;
    int prevEnd = 0;
    for (Block block : blocks) {
      Block b = spaced[++k] ? SpaceTables.row(block.span()) : block;
      for (int i = prevEnd; i < b.span().start(); i++) {
        if (src.charAt(i) == '\f') {
          page++;
        }
      }
      prevEnd = b.span().end();
      for (int i = b.span().start(); i < b.span().end(); i++) {
        if (src.charAt(i) == '\f') {
          page++; // a form feed inside a line (never from our readers, possible in text)
        }
      }
      int[] origin = new int[b.span().length()];
      String text = spaced[k] ? SpaceTables.clean(src, b.span(), origin)
          : MarkupCleaner.clean(src, b.span(), origin, pdf, b.kind() == BlockKind.TABLE_ROW);
      if (text.isEmpty()) {
        continue;
      }
      if (b.kind() != BlockKind.TABLE_ROW && PAGE_NUMBER.matcher(text).matches()) {
        if (!feeds) {
          page++; // without form feeds, a page number line is where a page ends
        }
        continue;
      }
      if (b.kind() != BlockKind.TABLE_ROW && webFurniture(text)) {
        continue;
      }
      // a line that opened on a bullet (◆ …) opens an item, though the bullet is gone
      SourceLine line = new SourceLine(b, text, Arrays.copyOf(origin, text.length()), page, false,
          openedOnBullet(src, b.span(), text) ? SourceLine.NO_JOIN_BEFORE : 0);
      if (b.kind() == BlockKind.TABLE_ROW) {
        out.add(line);
      } else {
        addWithoutInlineChrome(line, out);
      }
    }
    return InlinePages.drop(out); // a page's number and header inside a line (a PDF as one line)
  }

  /** Whether the source line opened on a bullet glyph the cleaned text no longer has. */
  static boolean openedOnBullet(String src, Span span, String text) {
    int i = span.start();
    while (i < span.end() && (Character.isWhitespace(src.charAt(i)) || src.charAt(i) == '\u3000')) {
      i++;
    }
    return i < span.end() && MarkupCleaner.BULLET_GLYPHS.indexOf(src.charAt(i)) >= 0
        && text.charAt(0) != src.charAt(i);
  }

  /**
   * Drops running headers and footers: a short first or last line of a page that recurs (digits
   * aside) in that place on at least half of the pages, and on at least three; then the same for
   * the second and second-to-last lines of the pages that lost one (two-line headers). The first
   * page keeps its header, which is usually the title.
   */
  static List<SourceLine> dropRunningHeaders(List<SourceLine> lines) {
    if (lines.isEmpty()) {
      return lines;
    }
    int pages = lines.get(lines.size() - 1).page() + 1;
    if (pages < 3) {
      return lines;
    }
    int needed = Math.max(3, (int) Math.ceil(pages * RUNNING_SHARE));
    List<int[]> bounds = pageBounds(lines); // {first, end} per page, in line indexes
    boolean[] drop = new boolean[lines.size()];
    boolean[] keptHeader = new boolean[lines.size()];
    for (int round = 0; round < 2; round++) {
      Map<String, Set<Integer>> pagesByKey = new HashMap<>();
      List<Integer> candidates = new ArrayList<>();
      for (int[] b : bounds) {
        int top = b[0] + round;
        int bottom = b[1] - 1 - round;
        if (round == 1 && !(b[0] < b[1] && drop[b[0]])) {
          top = -1;
        }
        if (round == 1 && !(b[0] < b[1] && drop[b[1] - 1])) {
          bottom = -1;
        }
        for (int i : new int[] {top, bottom}) {
          if (i >= b[0] && i < b[1] && isRunningCandidate(lines.get(i))) {
            candidates.add(i);
            pagesByKey.computeIfAbsent(key(lines.get(i).text()), k -> new HashSet<>())
                .add(lines.get(i).page());
          }
        }
      }
      for (int i : candidates) {
        SourceLine l = lines.get(i);
        boolean firstPageHeader = l.page() == 0 && i < bounds.get(0)[0] + 2;
        if (pagesByKey.get(key(l.text())).size() >= needed) {
          drop[i] = !firstPageHeader;
          keptHeader[i] = firstPageHeader;
        }
      }
    }
    List<SourceLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) {
        out.add(keptHeader[i] ? lines.get(i).alone() : lines.get(i));
      }
    }
    return out;
  }

  /**
   * Drops the copies of the title line further down: a page's running header that recurs on
   * too few pages for {@link #dropRunningHeaders} (a short plan, pages that lost their breaks),
   * or a cover's title printed again above the text. The title is the first line above any
   * sentence that is shaped as one (…规划（2021—2030年））, alone or with its period on the next
   * line; a copy is the same text, whitespace aside, on a line of its own.
   */
  static List<SourceLine> dropRepeatedTitle(List<SourceLine> lines) {

    Set<String> titles = new HashSet<>();
    int at = -1;
    for (int i = 0; i < lines.size() && at < 0; i++) {
      String t = lines.get(i).text();
      if (t.length() >= MIN_TITLE && LineJoiner.isTitleLine(t)) {
        at = i;
        titles.add(squeeze(t));
        if (i + 1 < lines.size()) {
          titles.add(squeeze(t + lines.get(i + 1).text()));
        }
      } else if (TextNormalizer.hasAny(t, LineJoiner.SENTENCE_PUNCT)) {
        break;
      }
    }
    if (at < 0) {
      return lines;
    }
    List<SourceLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      SourceLine l = lines.get(i);
      if (i <= at + 1 || l.block().kind() == BlockKind.TABLE_ROW || l.text().length() > 2 * MAX_RUNNING
          || !titles.contains(squeeze(l.text()))) {
        out.add(l);
      }
    }
    return out;
  }

  /** Without whitespace, to compare a line with the title (done for every short line: no regex). */
  private static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  private static boolean isRunningCandidate(SourceLine l) {
    return l.text().length() <= MAX_RUNNING && l.block().kind() != BlockKind.TABLE_ROW;
  }

  /** {first line, end} of every page that has lines. */
  private static List<int[]> pageBounds(List<SourceLine> lines) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i == lines.size() || lines.get(i).page() != lines.get(from).page()) {
        out.add(new int[] {from, i});
        from = i;
      }
    }
    return out;
  }

  private static String key(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (b.length() == 0 || b.charAt(b.length() - 1) != '#') {
          b.append('#');
        }
      } else if (!isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
