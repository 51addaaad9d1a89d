package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indicator-phrase stage alone: the clause text before the comparator in, the phrase out. */
class IndicatorPhraseTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # clause text before the chain | indicator phrase | spread
      到2005年城市妇女就业率 | 城市妇女就业率 | false
      倡导实现高级专业技术人员中的女性比例 | 高级专业技术人员中的女性比例 | false
      全市婚前医学检查率 | 婚前医学检查率 | false
      使全县孕产妇系统管理率 | 孕产妇系统管理率 | false
      婴儿死亡率2025年 | 婴儿死亡率 | false
      农村卫生厕所普及率到2025年 | 农村卫生厕所普及率 | false
      女性就业人员比例比2020年 | 女性就业人员比例 | false
      单位地区生产总值能耗以2020年为基数 | 单位地区生产总值能耗 | false
      孕产妇死亡率在2020年基础上 | 孕产妇死亡率 | false
      儿童青少年总近视率力争每年 | 儿童青少年总近视率 | false
      儿童医疗保险参保率持续 | 儿童医疗保险参保率 | false
      城市和农村妇女健康档案建档率分别 | 城市和农村妇女健康档案建档率 | true
      小学、初中阶段净入学率均 | 小学、初中阶段净入学率 | true
      小学和初中学生体质健康合格率都 | 小学和初中学生体质健康合格率 | true
      35—64岁适龄妇女宫颈癌人群筛查率 | 35—64岁适龄妇女宫颈癌人群筛查率 | false
      65岁以上老年人城乡社区规范健康管理服务率 | 65岁以上老年人城乡社区规范健康管理服务率 | false
      、和城市水质达标率总体 | 城市水质达标率 | false
      """)
  void boundsThePhrase(String clause, String expected, boolean spread) {
    IndicatorPhrase.Bounds b = new IndicatorPhrase(TargetLexicon.shared(), clause)
        .bounds(0, clause.length());
    assertEquals(expected, clause.substring(b.start(), b.end()));
    assertEquals(spread, b.spread());
  }
}
