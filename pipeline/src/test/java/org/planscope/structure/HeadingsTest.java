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
      # a title closed by a colon (the 2011—2020 outlines), or set in black brackets
      加大妇幼卫生经费投入：逐步增加妇幼卫生经费，保障妇女基本医疗卫生服务需求。 | 加大妇幼卫生经费投入
      加强艾滋病、梅毒等性传播疾病防治工作：孕产妇艾滋病病毒感染者抗病毒药物应用率达到90%以上。 | 加强艾滋病、梅毒等性传播疾病防治工作
      【优先保障儿童健康】将儿童健康理念融入经济社会发展政策。          | 优先保障儿童健康
      # a colon after a label, a clause or a figure opens no title
      牵头单位：县卫生健康局。                                      | 牵头单位：县卫生健康局
      其中：城镇单位就业人员中女性比例达到40%。                       | 其中：城镇单位就业人员中女性比例达到40%
      到2030年，实现以下目标：孕产妇死亡率下降到12/10万以下。          | 到2030年，实现以下目标：孕产妇死亡率下降到12/10万以下
      保教人员与幼儿比例1:7。                                       | 保教人员与幼儿比例1:7
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
