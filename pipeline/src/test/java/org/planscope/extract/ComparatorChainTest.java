package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.extract.ComparatorChain.Chain;
import org.planscope.extract.QuantityFinder.Quantity;
import org.planscope.extract.TargetLexicon.Cue;

/** The comparator-chain stage alone: the cues before the last value of a folded phrase. */
class ComparatorChainTest {
  static final TargetLexicon LEXICON = TargetLexicon.shared();
  static final QuantityFinder FINDER = new QuantityFinder(LEXICON);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # folded text | cues, nearest first | kind of the nearest | text before the chain (trail
      # words such as 应 and spread words stay: the indicator-phrase stage strips them) | spread
      孕产妇死亡率下降到12/10万 | 下降到 | PLAIN | 孕产妇死亡率 | false
      高中阶段教育毛入学率达到并保持在93% | 达到并保持在 | PLAIN | 高中阶段教育毛入学率 | false
      领导班子至少各配备1名 | 配备 至少 | PROVISION | 领导班子 | false
      筛查率分别达到85% | 达到 | PLAIN | 筛查率分别 | true
      净入学率均保持在99.95% | 保持在 | PLAIN | 净入学率均 | true
      近视率应不得高于10% | 不得高于 | PLAIN | 近视率应 | false
      女性比例比2020年提高2个百分点 | 提高 | UP | 女性比例比2020年 | false
      能耗以2020年为基数下降13.5% | 下降 | DOWN | 能耗以2020年为基数 | false
      检查率由2020年的60%提高到2025年的80% | 提高到 | PLAIN | 检查率由2020年的60% | false
      女性牧民代表应占牧民代表会议组成人员的三分之一 | 占 | SHARE | 女性牧民代表应 | false
      全县共有3所 | 共有 | FACT | 全县 | false
      每个乡镇（街道）至少建有1个 | 建有 至少 | PROVISION | 每个乡镇（街道） | false
      """)
  void readsTheChain(String text, String cues, String kind, String before, boolean spread) {
    List<Quantity> qs = FINDER.find(text);
    Chain c = new ComparatorChain(LEXICON, text).chain(0, qs.get(qs.size() - 1));
    assertEquals(cues, c.cues().stream().map(Cue::text).collect(Collectors.joining(" ")));
    assertEquals(kind, c.nearest().kind().name());
    assertEquals(before, text.substring(0, c.start()));
    assertEquals(spread, c.spread());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # no cue before the value: a bare number, or a cue too far away
      学前3年毛入园率99%
      建立危重孕产妇救治中心、儿童救治中心、新生儿救治中心和妇幼保健院共计90%
      """)
  void findsNoChain(String text) {
    List<Quantity> qs = FINDER.find(text);
    assertEquals(null, new ComparatorChain(LEXICON, text).chain(0, qs.get(qs.size() - 1)));
  }
}
