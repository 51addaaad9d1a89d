package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.extract.QuantityFinder.Quantity;

/** The quantity stage alone: folded text in, every number with its kind, value and unit out. */
class QuantityFinderTest {
  static final QuantityFinder FINDER = new QuantityFinder(TargetLexicon.shared());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # folded text | kind value unit [; …]
      达到95%以上 | PERCENT 95 %
      达到百分之九十五 | PERCENT 95 %
      达到九成 | PERCENT 90 %
      三成以上 | PERCENT 30 %
      九成五以上 | PERCENT 95 %
      降至5.4‰ | PERMILLE 5.4 ‰
      千分之五 | PERMILLE 5 ‰
      下降到12/10万以下 | PER_100K 12 1/10万
      15/10万活产数 | PER_100K 15 1/10万
      十万分之五 | PER_100K 5 1/10万
      控制在5/万以下 | PER_10K 5 1/万
      不低于1:3 | RATIO 1:3 ratio
      达到1:1.5 | RATIO 1:1.5 ratio
      一半以上 | FRACTION 1/2 fraction
      三分之一以上 | FRACTION 1/3 fraction
      下降1/6 | FRACTION 1/6 fraction
      达到85%—90% | RANGE 85-90 %
      保持在70%~80% | RANGE 70-80 %
      提高2个百分点 | POINTS 2 个百分点
      提高一个百分点 | POINTS 1 个百分点
      翻一番 | TIMES 2 倍
      翻两番 | TIMES 4 倍
      至少配备1名 | COUNT 1 名
      配备一名 | COUNT 1 名
      建设1所 | COUNT 1 所
      床位3.17张 | COUNT 3.17 张
      超过500万人次 | COUNT 500 万人次
      不少于4次 | COUNT 4 次
      不少于158天 | COUNT 158 天
      达到78.1岁 | MEASURE 78.1 岁
      达到11.6年 | MEASURE 11.6 年
      达到4.5万元 | MEASURE 4.5 万元
      达到1200亿元 | MEASURE 1200 亿元
      达到2.6平方米 | MEASURE 2.6 平方米
      达到1200公里 | MEASURE 1200 公里
      不少于1小时 | MEASURE 1 小时
      医生1.12名、床位3.17张 | COUNT 1.12 名 ; COUNT 3.17 张
      分别降至3‰、5‰和6‰以下 | PERMILLE 3 ‰ ; PERMILLE 5 ‰ ; PERMILLE 6 ‰
      # words that hold a measure word but are no count
      1个月内 | -
      两家庭 | -
      12345热线 | -
      """)
  void findsQuantities(String text, String expected) {
    List<Quantity> qs = FINDER.find(text);
    String got = qs.stream().map(q -> q.kind() + " "
            + (q.valueText() != null ? q.valueText() : q.value().stripTrailingZeros().toPlainString())
            + " " + q.unit())
        .collect(Collectors.joining(" ; "));
    assertEquals(expected, got.isEmpty() ? "-" : got);
  }
}
