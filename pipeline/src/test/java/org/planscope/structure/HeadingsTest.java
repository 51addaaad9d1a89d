package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.text.HanLpSegmenter;

/** An item's title: its first sentence, or a run-in title set apart by a space. */
class HeadingsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # item text                                            | title
      完善妇女健康服务体系。加强妇幼保健机构建设。                    | 完善妇女健康服务体系
      完善妇女健康服务体系 加强妇幼保健机构建设，完善基层服务网络。       | 完善妇女健康服务体系
      加强妇女全生命周期健康管理　针对妇女的健康需求，提供全方位服务。   | 加强妇女全生命周期健康管理
      # a stray space among numbers, or after a clause, is no title's end
      孕产妇死亡率控制在 10/10万以下。                              | 孕产妇死亡率控制在 10/10万以下
      适龄妇女宫颈癌人群筛查率达到70% 以上。                         | 适龄妇女宫颈癌人群筛查率达到70% 以上
      到2030年，妇女 健康水平持续提升。                             | 到2030年，妇女 健康水平持续提升
      加强妇女健康服务                                            | 加强妇女健康服务
      """)
  void firstSentence(String text, String title) {
    assertEquals(title, Headings.firstSentence(text));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # first line of a numbered item  | the line after it                  | a title line
      加强妇女心理健康服务               | 强化心理健康教育，开展心理咨询服务。     | true
      加强对女性社会组织的培育、指导和服务  | 加大女性社会组织的培育力度。           | true
      实施“健康妇女”行动                | 开展系列活动。                       | true
      # a page break inside a sentence, a target's first half, a clause, a long wrapped line
      儿童道路交通伤害死亡率以2020年为基数 | 下降30%。                           | false
      加强县乡村三级妇幼卫生服务网络建设，提 | 高服务能力。                         | false
      完善妇女全生命周期公共服务。         | 建立完善妇女全生命周期的健康管理模式。   | false
      有效预防和严厉惩处强奸猥亵侮辱妇女的违法犯罪 | 行为。                         | false
      加强妇女健康服务                   | （牵头单位：县卫健局）                | false
      儿童乘车安全座椅使用率显             | 著提高。                            | false
      完善妇女健康服务体                  | 系建设，加强妇幼保健机构建设。           | false
      """)
  void aNumberedItemsFirstLineIsItsTitleOnlyWhenItReadsAsOne(String first, String next,
      boolean title) {
    assertEquals(title, Headings.titleLine(first, next, HanLpSegmenter.shared()));
  }
}
