package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.Pipeline;
import org.planscope.model.Document;
import org.planscope.model.Domain;
import org.planscope.model.Item;
import org.planscope.model.Plan;
import org.planscope.model.PlanText;
import org.planscope.model.Region;
import org.planscope.model.Target;
import org.planscope.testing.Corpus;

/**
 * 十四五 sector plans drafted without development-domain headings (src/test/resources/sector/):
 * the title printed as a markdown # heading, a 发展目标 chapter with an indicator table and a 主要任务
 * chapter with （一） items, read through the whole pipeline and compared with the hand-checked
 * {@code *.expected.tsv} beside each (the lines of {@link StructureFixturesTest#render}, then one
 * line per target of each measure and per indicator row).
 */
class SectorPlanTest {
  private static final Pipeline PIPELINE = new Pipeline();

  @Test
  void healthPlanIsReadExactly() throws Exception {
    Path file = Path.of(SectorPlanTest.class.getResource("/sector/health-plan.md").toURI());
    Document doc = PIPELINE.reader().read(file);
    PlanText text = PIPELINE.normalize(doc);
    Plan plan = PIPELINE.process(doc, text);
    String expected = Corpus.resource("/sector/health-plan.expected.tsv").lines()
        .filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
    assertEquals(expected.strip(), render(plan, text).strip());
  }

  static String render(Plan plan, PlanText text) {
    StringBuilder b = new StringBuilder(StructureFixturesTest.render(plan, text));
    for (Domain d : plan.domains()) {
      for (Item i : d.measures()) {
        for (Target t : i.targets()) {
          target(b, "measureTarget\t" + i.number(), t);
        }
      }
    }
    for (Item i : plan.indicators()) {
      b.append("indicator\t").append(i.n()).append('\t').append(i.number()).append('\t')
          .append(i.text().replace('\t', '|')).append('\t')
          .append(i.units().stream().map(u -> u.role() + ":" + u.name())
              .collect(Collectors.joining(",")))
          .append('\n');
      for (Target t : i.targets()) {
        target(b, "indicatorTarget\t" + i.number(), t);
      }
    }
    return b.toString();
  }

  private static void target(StringBuilder b, String key, Target t) {
    b.append(key).append('\t').append(t.status()).append('\t').append(t.indicator()).append('\t')
        .append(t.indicatorId()).append('\t').append(t.op() == null ? null : t.op().symbol())
        .append('\t').append(t.value() == null ? null : t.value().toPlainString()).append('\t')
        .append(t.unit()).append('\t').append(t.year()).append('\t')
        .append(String.join("; ", t.qualifiers())).append('\n');
  }

  /** The field a title names: region, period, quotation marks and the plan word go. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      仁寿县“十四五”卫生健康事业发展规划        | 仁寿县 | 卫生健康事业发展
      重庆市渝北区“十四五”养老服务发展规划      | 渝北区 | 养老服务发展
      眉山市文化和旅游发展规划（2021—2025年）   | 眉山市 | 文化和旅游发展
      仁寿县全民健身实施计划（2021-2025年）     | 仁寿县 | 全民健身实施
      仁寿县“十四五”规划                        | 仁寿县 | ''
      # an 实施意见: the issuer and 关于…的 frame the field
      义乌市人民政府办公室关于推进医养结合高质量发展的实施意见 | 义乌市 | 推进医养结合高质量发展
      义乌市关于加快托育服务发展的指导意见     | 义乌市 | 加快托育服务发展
      # an action (促进行动, 专项行动) is the plan's kind of work; its field is what it acts on
      临朐县妇女儿童健康促进行动实施方案（2023—2025年） | 临朐县 | 妇女儿童健康
      寿光市托育服务专项行动方案                 | 寿光市 | 托育服务
      安丘市健康儿童行动提升计划实施方案         | 安丘市 | 健康儿童行动提升计划
      """)
  void fieldOfATitle(String title, String regionName, String field) {
    MetadataReader reader = new MetadataReader(StructureCues.shared(), Gazetteer.shared());
    Region region = new Region(regionName, null, null, null, null);
    assertEquals(field, reader.field(title, region));
  }
}
