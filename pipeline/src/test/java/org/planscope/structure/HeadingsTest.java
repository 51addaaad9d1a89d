package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
