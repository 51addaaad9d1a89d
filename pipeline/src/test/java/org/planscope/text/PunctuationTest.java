package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Punctuation read back as it was meant: typed in ASCII, or misread by an OCR. */
class PunctuationTest {
  private static String apply(Consumer<StringBuilder> repair, String s) {
    StringBuilder b = new StringBuilder(s);
    repair.accept(b);
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
    assertEquals(out, apply(HalfWidthPunctuation::widen, in));
  }


  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an OCR's readings of （ and ）
      "〈责任单位：镇卫生院)|(责任单位：镇卫生院)",
      "《2)促进平等就业|(2)促进平等就业",
      "每个村〈社区）至少配备1名儿童主任|每个村（社区）至少配备1名儿童主任",
      "周庄镇儿童发展规划(2021—2030年〉|周庄镇儿童发展规划(2021—2030年)",
      "《苏州市儿童发展规划〈2021—2030年)》|《苏州市儿童发展规划(2021—2030年)》",
      // pairs that agree, and halves without a partner on the line, stay
      "《中国妇女发展纲要（2021—2030年）》|《中国妇女发展纲要（2021—2030年）》",
      "〈责|〈责",
      "（牵头单位：区教育局|（牵头单位：区教育局",
  })
  void theOddHalfTakesTheOthersKind(String in, String out) {
    assertEquals(out, apply(MisreadBrackets::repair, in));
  }
}
