package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.planscope.text.HanLpSegmenter;

/** Nouns an indicator borrows from around its clause, read from HanLP tokens. */
class ContextNounsTest {
  private static ContextNouns nouns(String text) {
    FoldedText f = FoldedText.of(text);
    return new ContextNouns(HanLpSegmenter.shared(), IndicatorCatalogue.shared(), f,
        new Clauses(f.s));
  }

  @Test
  void lastNounOfThePreviousClause() {
    String s = "配备女干部，其中担任正职的达到2名";
    assertEquals("女干部", nouns(s).lastNoun(s.indexOf("其中")));
    assertEquals("", nouns(s).lastNoun(0));
  }

  @Test
  void topicIsABareNounPhraseOpeningTheSentence() {
    String s = "区党政工作部门，领导班子中配备女干部的比例达到60%";
    assertEquals("区党政工作部门", nouns(s).topic(s.indexOf("领导")));
    String verb = "加强宣传，知晓率达到80%";
    assertEquals("", nouns(verb).topic(verb.indexOf("知晓率")));
  }

  @Test
  void nounAndVerbPhraseAfterAQuantifier() {
    String s = "70%的妇女在35—45岁接受筛查";
    String[] nv = nouns(s).nounVerb(s.indexOf("妇女"), s.length());
    assertEquals("妇女", nv[0]);
    assertEquals("在35—45岁接受筛查", nv[1]);
  }
}
