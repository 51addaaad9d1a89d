package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planscope.text.HanLpSegmenter;

/** Tokens and exact offsets of the HanLP and bigram analyzers (highlighting relies on them). */
class HanLpTokenizerTest {
  static final Analyzer ANALYZER = Analyzers.forIndex(HanLpSegmenter.shared());
  static final Analyzer QUERY = Analyzers.forQuery(HanLpSegmenter.shared());

  record Tok(String term, int start, int end) {
    @Override
    public String toString() {
      return term + "[" + start + "," + end + ")";
    }
  }

  static List<Tok> tokens(Analyzer a, String field, String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tok(term.toString(), off.startOffset(), off.endOffset()));
      }
      ts.end();
      assertEquals(text.length(), off.endOffset(), "final offset");
    }
    return out;
  }

  /** Every token's offsets cover exactly its characters in the (width-folded) text. */
  static void assertExactOffsets(String text, List<Tok> toks) {
    String folded = HanLpTokenizer.fold(text);
    int last = 0;
    for (Tok t : toks) {
      assertTrue(t.start >= last && t.end <= text.length(), "in order and in bounds: " + toks);
      assertEquals(t.term, folded.substring(t.start, t.end), "offsets of " + t + " in " + text);
      last = t.start;
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # text (\\n = line break)                | tokens (term[start,end))
      \\n适龄妇女宫颈癌人群筛查率达到70%以上        | 适龄[1,3) 妇女[3,5) 宫颈癌[5,8) 人群[8,10) 筛查率[10,13) 达到[13,15) 70[15,17) %[17,18) 以上[18,20)
      新生儿死亡率５‰                            | 新生儿[0,3) 死亡率[3,6) 5[6,7) ‰[7,8)
      到２０２５年，森林覆盖率不低于２４．１％       | 到[0,1) 2025[1,5) 年[5,6) 森林[7,9) 覆盖率[9,12) 不[12,13) 低于[13,15) 24.1[15,19) %[19,20)
      区卫生健康局、区妇联                        | 区[0,1) 卫生健康局[1,6) 区[7,8) 妇联[8,10)
      “十四五”时期                              | 十四五[1,4) 时期[5,7)
      \\n\\n　Ａ级 达到 45%                      | a[3,4) 级[4,5) 达到[6,8) 45[9,11) %[11,12)
      """)
  void hanlpTokensKeepDomainTermsAndExactOffsets(String text, String expected) throws IOException {
    String t = text.replace("\\n", "\n");
    // documents (dictionary segmentation) and queries (full segmenter) agree on these
    for (Analyzer a : List.of(ANALYZER, QUERY)) {
      List<Tok> toks = tokens(a, Fields.TEXT, t);
      assertEquals(expected, String.join(" ", toks.stream().map(Tok::toString).toList()));
      assertExactOffsets(t, toks);
    }
  }

  @Test
  void queriesChooseBetweenOverlappingWordsBetterThanLongestMatch() throws IOException {
    // longest match reads 预防性 / 骚扰; a query must find 性骚扰 in 预防和制止针对妇女的性骚扰
    assertEquals("[预防[0,2), 性骚扰[2,5)]", tokens(QUERY, Fields.TEXT, "预防性骚扰").toString());
    assertEquals("[预防性[0,3), 骚扰[3,5)]", tokens(ANALYZER, Fields.TEXT, "预防性骚扰").toString(),
        "pinned: the document-side segmentation of the bare phrase");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      \\n宫颈癌筛查率     | 宫颈[1,3) 颈癌[2,4) 癌筛[3,5) 筛查[4,6) 查率[5,7) 宫颈 颈癌 癌筛 筛查 查率[5,7)
      \\n宫颈癌人群筛查      | 宫颈[1,3) 颈癌[2,4) 癌人[3,5) 人群[4,6) 群筛[5,7) 筛查[6,8)
      ２０２５年目标       | 2025[0,4) 年目[4,6) 目标[5,7)
      """)
  void bigramsHaveExactOffsets(String text, String expected) throws IOException {
    // 宫颈癌筛查率 is a catalogue name: its concept term is stacked on its last bigram (Concepts)
    String t = text.replace("\\n", "\n");
    List<Tok> toks = tokens(ANALYZER, Fields.TEXT_BI, t);
    assertEquals(expected, String.join(" ", toks.stream().map(Tok::toString).toList()));
  }

  @Test
  void offsetsGoThroughACharFilterInFront() throws IOException {
    // <b> and </b> are removed before segmenting; offsets must still point into the markup. As in
    // Lucene's own tokenizers the end goes through correctOffset too, so it lands after </b>.
    Analyzer withMarkup = new Analyzers.HanLp(HanLpSegmenter.shared(), false) {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new HTMLStripCharFilter(reader);
      }
    };
    String html = "<b>宫颈癌</b>筛查率";
    List<Tok> toks = tokens(withMarkup, Fields.TEXT, html);
    assertEquals("[宫颈癌[3,10), 筛查率[10,13)]", toks.toString());
    for (Tok t : toks) {
      assertEquals(t.term, html.substring(t.start, t.end).replaceAll("<[^>]*>", ""));
    }
  }

  @Test
  void theTokenizerIsReusableAcrossDocuments() throws IOException {
    for (String text : List.of("\n孕产妇死亡率", "卫生健康局", "")) {
      assertExactOffsets(text, tokens(ANALYZER, Fields.TEXT, text));
    }
  }

  /** Why the HanLP field exists: smartcn splits domain terms and drops % (pinned). */
  @Test
  void smartcnAloneSplitsDomainTerms() throws IOException {
    try (Analyzer smartcn = new SmartChineseAnalyzer()) {
      List<String> terms = tokens(smartcn, "f", "筛查率达到70%").stream().map(Tok::term).toList();
      assertTrue(!terms.contains("筛查率") && !terms.contains("%"), terms.toString());
    }
  }

  @Test
  void foldKeepsLength() {
    assertEquals("abc 2025%", HanLpTokenizer.fold("ＡＢＣ　２０２５％"));
  }
}
