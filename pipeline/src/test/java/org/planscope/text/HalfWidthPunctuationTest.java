package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfWidthPunctuationTest {
  private static String widen(String s) {
    StringBuilder b = new StringBuilder(s);
    HalfWidthPunctuation.widen(b);
    return b.toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // typed with an English keyboard, or an OCR's reading
      "完善服务体系.全面推进健康县建设,把健康放在优先位置.|完善服务体系。全面推进健康县建设，把健康放在优先位置。",
      "孕产妇死亡率控制在10/10万以下;婴儿死亡率控制在5‰以下.|孕产妇死亡率控制在10/10万以下；婴儿死亡率控制在5‰以下。",
      "达到90%,城乡差距缩小.|达到90%，城乡差距缩小。",
      "主要目标:|主要目标：",
      "厕位比例不低于3:2.|厕位比例不低于3:2。",
      "受教育年限达到11年.(牵头单位:区教育局)|受教育年限达到11年。（牵头单位：区教育局）",
      "1.|1.",
      "防治意识明显提高.35-64岁妇女筛查率达到85%.|防治意识明显提高。35-64岁妇女筛查率达到85%。",
      "(1)孕产妇系统管理率达到95%以上.|（1）孕产妇系统管理率达到95%以上。",
      "每千名儿童拥有儿科执业(助理)医生数|每千名儿童拥有儿科执业（助理）医生数",
      "(二)妇女与教育|（二）妇女与教育",
      "(县民政局牵头)|（县民政局牵头）",
      // what stays: numbers, labels, Latin, ellipses
      "1.孕产妇死亡率|1.孕产妇死亡率",
      "一.总体要求|一.总体要求",
      "控制在5.0‰以下|控制在5.0‰以下",
      "新增12,000个岗位|新增12,000个岗位",
      "性别比1:1.05|性别比1:1.05",
      "见www.gov.cn网站|见www.gov.cn网站",
      "WHO (World Health Organization)|WHO (World Health Organization)",
      "等等...|等等...",
  })
  void widensOnlyNextToChinese(String in, String out) {
    assertEquals(out, widen(in));
  }
}
