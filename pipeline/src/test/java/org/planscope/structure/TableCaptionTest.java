package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.Pipeline;
import org.planscope.model.Item;
import org.planscope.model.Plan;

/**
 * A table printed after a list's last item, with its caption above it: neither the rows nor the
 * caption are the item's text ({@link TableCaptions}).
 */
class TableCaptionTest {
  private static final Pipeline PIPELINE = new Pipeline();

  @TempDir Path dir;

  private static final String HEAD = "三台县“十四五”教育事业发展规划\n一、发展目标\n"
      + "到2025年，全县教育现代化水平明显提升。具体目标如下：\n"
      + "1.学前教育普及普惠。学前教育毛入园率达到92%以上。\n"
      + "2.教师队伍素质提升。每年培训教师不少于3000人次。\n";
  private static final String TABLE = "指标\t2020年\t2025年\t属性\n"
      + "学前教育毛入园率（%）\t89.6\t92\t预期性\n"
      + "中小学专任教师本科及以上学历比例（%）\t68.4\t75\t预期性\n";
  private static final String TAIL = "二、主要任务\n1.扩大普惠性资源供给。新建公办幼儿园15所。\n";

  private List<String> goals(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    Plan plan = PIPELINE.run(f);
    return plan.domains().get(0).goals().stream().map(Item::text).toList();
  }

  private static final List<String> GOALS = List.of("学前教育普及普惠。学前教育毛入园率达到92%以上。",
      "教师队伍素质提升。每年培训教师不少于3000人次。");

  @Test
  void aNumberedCaptionHeadsItsTable() throws Exception {
    assertEquals(GOALS, goals("a.txt", HEAD + "表1 三台县“十四五”教育事业发展主要指标\n" + TABLE + TAIL));
    assertEquals(GOALS, goals("b.txt", HEAD + "附表：主要发展指标\n" + TABLE + TAIL));
    assertEquals(GOALS, goals("c.txt", HEAD + "表一 教育事业发展指标（2021—2025年）\n" + TABLE + TAIL));
  }

  @Test
  void anUnnumberedCaptionThatNamesAnIndicatorTable() throws Exception {
    assertEquals(GOALS, goals("d.txt", HEAD + "三台县“十四五”教育事业发展主要指标\n" + TABLE + TAIL));
    assertEquals(GOALS, goals("e.txt", HEAD + "教育发展指标体系\n" + TABLE + TAIL));
  }

  @Test
  void anHtmlCaptionHeadsItsTable() throws Exception {
    String html = "<html><body><h1>三台县“十四五”教育事业发展规划</h1><h2>一、发展目标</h2>"
        + "<p>到2025年，全县教育现代化水平明显提升。具体目标如下：</p>"
        + "<p>1.学前教育普及普惠。学前教育毛入园率达到92%以上。</p>"
        + "<p>2.教师队伍素质提升。每年培训教师不少于3000人次。</p>"
        + "<table border=\"1\"><caption>表1 三台县“十四五”教育事业发展主要指标</caption>"
        + "<tr><th>指标</th><th>2020年</th><th>2025年</th><th>属性</th></tr>"
        + "<tr><td>学前教育毛入园率（%）</td><td>89.6</td><td>92</td><td>预期性</td></tr></table>"
        + "<h2>二、主要任务</h2><p>1.扩大普惠性资源供给。新建公办幼儿园15所。</p></body></html>";
    assertEquals(GOALS, goals("f.html", html));
  }

  @Test
  void aLineThatIsTheItemsOwnTextStays() throws Exception {
    // the item's sentence without its full stop, and a lead-in to the table: text, not captions
    assertEquals(List.of(GOALS.get(0), "教师队伍素质提升。\n每年培训教师不少于3000人次"),
        goals("g.txt", HEAD.replace("每年培训教师不少于3000人次。", "\n每年培训教师不少于3000人次")
            + TABLE + TAIL));
    assertEquals(List.of(GOALS.get(0), GOALS.get(1) + "\n主要指标如下："),
        goals("h.txt", HEAD + "主要指标如下：\n" + TABLE + TAIL));
    // a caption-like line with no table after it is left alone
    assertEquals(List.of(GOALS.get(0), GOALS.get(1) + "\n表1 三台县教育事业发展主要指标"),
        goals("i.txt", HEAD + "表1 三台县教育事业发展主要指标\n" + TAIL));
  }
}
