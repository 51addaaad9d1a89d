package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pages alone: page numbers out, running headers out except on the first page. */
class PageFurnitureTest {
  private static List<SourceLine> lines(String text) {
    return PageFurniture.lines(text, TextNormalizerTest.doc(text, "text/plain").blocks(), false);
  }

  private static String render(List<SourceLine> lines) {
    return lines.stream().map(l -> l.page() + ":" + l.text() + (l.standalone() ? "!" : ""))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void countsPagesAtFormFeedsAndDropsPageNumbers() {
    String text = "某县妇女发展规划\n总体目标\n— 1 —\f主要目标\n第 2 页";
    assertEquals("0:某县妇女发展规划 | 0:总体目标 | 1:主要目标", render(lines(text)));
  }

  @Test
  void dropsAPrintedPagesBreadcrumbAndSiteBar() {
    String text = "宁乡市人民政府门户网站|无障碍浏览|长者模式\n当前位置：首页>政务公开>政策文件\n"
        + "您现在的位置： 首页 > 信息公开 > 规划计划\n某县妇女发展规划\n"
        + "推进无障碍环境建设。\n所在位置：县城南部\n";
    // a sentence about accessibility and a place that is no breadcrumb stay
    assertEquals("0:某县妇女发展规划 | 0:推进无障碍环境建设。 | 0:所在位置：县城南部",
        render(lines(text)));
  }

  @Test
  void dropsAWebPagesAndAPreviewsFurniture() {
    String text = "某县儿童发展规划.doc\n某县儿童发展规划\n1.儿童健康服务体系更加完善。\n……\n"
        + "展开阅读全文\n本文档由用户上传，如有侵权请联系删除\n【打印本页】【关闭窗口】\n"
        + "扫一扫在手机打开当前页\n分享到：微信 微博\n上一篇：关于开展妇女健康检查的通知\n"
        + "阅读全文请点击附件。\n…等领域，全面提高。\n来源：黎川县妇儿工委办\n编辑：张三 审核：李四\n"
        + "点击“在看”，分享给更多人\n阅读原文\n来源：县统计局。数据截至2020年底。\n"
        + "上一页 1 2 3 下一页\n首页 上一页 下一页 尾页\n相关链接：国务院 福建省人民政府\n"
        + "2.建立上一页所列的工作机制。\n▲\n↓↓↓\n—END—\n来源丨县妇儿工委办\n编辑丨张三\n"
        + "原创 宁化妇联 宁化发布 2022-01-18 08:00 发表于福建\n"
        + "下载文档到电脑，查找使用更方便\nVIP免费下载\n还剩 18 页未读，继续阅读\n文档页数：20\n"
        + "3.提供免费下载的家庭教育课程资源。\n（未完）\n温馨提示：登录后可查看完整内容。\n"
        + "开通会员即可阅读全文\n4.登录信息系统查看未完成的审批事项。\n";
    // lines that only begin like furniture stay: they are text
    assertEquals("0:某县儿童发展规划 | 0:1.儿童健康服务体系更加完善。 | 0:阅读全文请点击附件。"
        + " | 0:…等领域，全面提高。 | 0:来源：县统计局。数据截至2020年底。 | 0:2.建立上一页所列的工作机制。"
        + " | 0:3.提供免费下载的家庭教育课程资源。 | 0:4.登录信息系统查看未完成的审批事项。",
        render(lines(text)));
  }

  @Test
  void cutsAPagesChromeOutOfALineCopiedWhole() {
    String text = "某县妇女发展规划 发布时间：2012-03-05 09:30 来源：县妇联 浏览次数：1024 字号：大 中 小"
        + " 一、指导思想 坚持男女平等。 【打印本页】 【关闭窗口】\n"
        + "（数据来源：县统计局）孕产妇死亡率 时间：2020年 点击数：3 项";
    // the title stands alone, the publication date stays as its own line; chrome glued to text
    // or in brackets, and words that only look like it, stay
    assertEquals("0:某县妇女发展规划 | 0:发布时间：2012-03-05 09:30 | 0:一、指导思想 坚持男女平等。"
        + " | 0:（数据来源：县统计局）孕产妇死亡率 时间：2020年 | 0:项", render(lines(text)));
  }

  @Test
  void dropsAWeChatArticlesFurniture() {
    String text = "点击蓝字 关注我们\n某县妇女发展规划\n1.坚持男女平等原则。\n往期推荐\n"
        + "点个“在看”，分享给更多人\n喜欢此内容的人还喜欢\n推荐阅读：\n"
        + "（此处已添加小程序，请到今日头条客户端查看）\n此处已插入圈子卡片，请在客户端查看\n"
        + "2.推荐阅读优秀作品，分享给更多妇女。\n往期回顾显示，妇女就业比例提高。";
    // a sentence that contains the words stays: only whole furniture lines go
    assertEquals("0:某县妇女发展规划 | 0:1.坚持男女平等原则。 | 0:2.推荐阅读优秀作品，分享给更多妇女。"
        + " | 0:往期回顾显示，妇女就业比例提高。", render(lines(text)));
  }

  @Test
  void countsPagesAtPageNumbersWithoutFormFeeds() {
    String text = "第一章\n- 1 -\n第二章\n- 2 -\n第三章";
    assertEquals("0:第一章 | 1:第二章 | 2:第三章", render(lines(text)));
  }

  @Test
  void dropsRunningHeadersButKeepsTheFirstPagesCopy() {
    String text = "某县规划\n一、总则\f某县规划\n二、目标\f某县规划\n三、措施\f某县规划\n四、保障";
    assertEquals("0:某县规划! | 0:一、总则 | 1:二、目标 | 2:三、措施 | 3:四、保障",
        render(PageFurniture.dropRunningHeaders(lines(text))));
  }
}
