package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planscope.model.Item;
import org.planscope.model.ItemKind;
import org.planscope.model.Span;
import org.planscope.model.Target;

/** An item whose title is a line of its own: no indicator reaches back into the title. */
class TitleLineTest {
  private static final TargetExtractor EXTRACTOR = new TargetExtractor();

  private static List<String> indicators(String text, int titleLineEnd) {
    return EXTRACTOR.extract(text, titleLineEnd, new Span(0, text.length()), null).stream()
        .filter(Target::stated).map(Target::indicator).toList();
  }

  @Test
  void aCountAfterTheTitleLineNamesItsOwnNoun() {
    String text = "推进紧密型县域医共体建设\n组建两个紧密型县域医共体。县域内就诊率达到90%以上。";
    assertEquals(List.of("紧密型县域医共体数", "县域内就诊率"), indicators(text, text.indexOf('\n')));
    assertEquals(List.of("新增省级临床重点专科数"),
        indicators("加强县级医院能力建设\n新增省级临床重点专科2个。", 10));
  }

  @Test
  void aSentenceWrappedOverTwoLinesIsOneSentence() {
    assertEquals(List.of("孕产妇死亡率"), indicators("孕产妇死亡\n率下降到12/10万以下。", -1));
  }

  private static Item item(String title, String text) {
    return new Item(ItemKind.MEASURE, 1, "（一）", title, text, new Span(0, text.length()), null,
        List.of(), List.of());
  }

  @Test
  void theTitleLineIsTheFirstLineWhenTheTitleIsIt() {
    assertEquals(10, PlanExtractor.titleLineEnd(item("加强县级医院能力建设", "加强县级医院能力建设\n新增专科2个。")));
    // the title is the first sentence, over the line break: a wrapped sentence
    assertEquals(-1, PlanExtractor.titleLineEnd(item("孕产妇死亡率下降到12/10万以下", "孕产妇死亡\n率下降到12/10万以下。")));
    assertEquals(-1, PlanExtractor.titleLineEnd(item("加强宣传", "加强宣传。")));
  }
}
