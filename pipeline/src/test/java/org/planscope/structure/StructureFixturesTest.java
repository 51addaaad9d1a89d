package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planscope.Pipeline;
import org.planscope.model.Document;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.PlanText;
import org.planscope.model.Region;
import org.planscope.model.Section;
import org.planscope.model.Warning;
import org.planscope.testing.Corpus;
import org.planscope.testing.Normalised;

/**
 * Plans written in other drafting styles than the corpus (src/test/resources/structure/*.txt),
 * read through the whole pipeline and compared field by field with the hand-checked
 * {@code *.expected.tsv} beside each: one line per fact, tab-separated, line breaks inside an
 * item shown as ⏎.
 *
 * <ul>
 *   <li>children-chapters: a children's plan whose domains are its chapters (第二章 儿童与健康),
 *       第一节 发展目标 / 第二节 主要措施, items numbered 1、 with ① sub-items, a 县级市;
 *   <li>sector-chapters: a 十四五 sector plan (type other) whose domains are its own chapter
 *       names, 目标任务 / 推进措施 over （一） items, a 重点工程 chapter, a district of a
 *       municipality;
 *   <li>women-lost-heading: no title, 主要目标 glued to its domain heading, and a domain whose
 *       heading and list headings were lost (its items follow the previous domain's measures).
 * </ul>
 */
class StructureFixturesTest {
  private static final Pipeline PIPELINE = new Pipeline();

  @ParameterizedTest
  @ValueSource(strings = {"children-chapters", "sector-chapters", "women-lost-heading"})
  void readsThePlanExactly(String name) throws Exception {
    Path file = Path.of(StructureFixturesTest.class.getResource("/structure/" + name + ".txt")
        .toURI());
    Document doc = PIPELINE.reader().read(file);
    PlanText text = PIPELINE.normalize(doc);
    Plan plan = PIPELINE.process(doc, text);
    String expected = Corpus.resource("/structure/" + name + ".expected.tsv").lines()
        .filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
    assertEquals(expected.strip(), render(plan, text).strip());
  }

  /** The plan as lines; sections quote the normalised text their source spans came from. */
  static String render(Plan plan, PlanText text) {
    StringBuilder b = new StringBuilder();
    line(b, "title", plan.title(), plan.titleInferred() ? "inferred" : "printed");
    Region r = plan.region();
    line(b, "region", r.name(), r.level(), r.province(), r.city());
    line(b, "period", plan.period() == null ? null : plan.period().start() + "—"
        + plan.period().end());
    line(b, "type", plan.planType());
    for (Domain d : plan.domains()) {
      line(b, "domain", d.name(), d.heading(), d.inferred() ? "inferred" : "read");
      for (Item i : d.goals()) {
        line(b, "goal", i.n(), i.number(), i.text());
      }
      for (Item i : d.measures()) {
        line(b, "measure", i.n(), i.number(), i.title(), i.text());
      }
    }
    for (Item i : plan.keyProjects()) {
      line(b, "keyProject", i.n(), i.number(), i.title(), i.text());
    }
    for (Section s : plan.sections()) {
      line(b, "section", s.kind(), s.heading(), Normalised.of(text, s.span()));
    }
    for (Warning w : plan.warnings()) {
      line(b, "warning", w.code());
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String key, Object... cells) {
    b.append(key);
    for (Object c : cells) {
      b.append('\t').append(String.valueOf(c).replace("\n", "⏎"));
    }
    b.append('\n');
  }
}
