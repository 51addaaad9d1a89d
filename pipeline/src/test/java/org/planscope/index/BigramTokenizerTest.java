package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.planscope.testing.Corpus;

/**
 * {@link BigramTokenizer} gives the tokens of the chain it replaces (width fold, standard
 * tokenizer, case fold, bigrams — the Solr schema's) exactly: terms, offsets, positions, lengths,
 * types and the end state, on the corpus, on random mixes of every character class it handles and
 * some it hands to the chain, and on the examples below.
 */
class BigramTokenizerTest {
  /** The chain as the Solr schema spells it. */
  static final class Chain extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new CJKWidthCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new CJKBigramFilter(new FoldCaseFilter(source)));
    }
  }

  static final class OnePass extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new BigramTokenizer());
    }
  }

  private static final Analyzer CHAIN = new Chain();
  private static final Analyzer ONE_PASS = new OnePass();

  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + off.startOffset() + "-" + off.endOffset() + " +"
            + inc.getPositionIncrement() + " " + len.getPositionLength() + " " + type.type());
      }
      ts.end();
      out.add("end " + off.startOffset() + "-" + off.endOffset() + " +"
          + inc.getPositionIncrement());
    }
    return out;
  }

  private static List<String> terms(String text) throws IOException {
    return tokens(ONE_PASS, text).stream().filter(t -> !t.startsWith("end "))
        .map(t -> t.substring(0, t.indexOf(' '))).toList();
  }

  private static void same(String text) throws IOException {
    assertEquals(tokens(CHAIN, text), tokens(ONE_PASS, text), text);
  }

  @Test
  void examples() throws IOException {
    assertEquals(List.of("宫颈", "颈癌", "癌筛", "筛查", "查率", "达到", "90", "以上"),
        terms("宫颈癌筛查率 达到９０％以上"));
    assertEquals(List.of("孕产", "产妇", "妇死", "死亡", "亡率", "12", "10", "万"),
        terms("孕产妇死亡率≤12/10万"));
    assertEquals(List.of("hpv", "疫苗", "pm2.5", "浓度", "1,000", "万", "3", "2"),
        terms("HPV疫苗、ＰＭ２．５浓度；1，000万：3：2"));
    assertEquals(List.of("a_b", "x", "y.z"), terms("a_b ___ x. y.z"));
    assertEquals(List.of("县", "托育", "育服", "服务"), terms("县“托育服务”"));
  }

  @Test
  void examplesAreTheChains() throws IOException {
    for (String t : List.of("", " ", "宫", "宫颈", "宫颈癌", "宫 颈癌。", "a.b.c", "1.2.3", "a.1",
        "1.a", "1..2", "a''b", "a:b", "1:2", "1;2", "a;b", "1,2,", "_a", "a_", "_1", "__", "_ _",
        "1_a", "a_.b", "x’y", "x‘y", "x·y", "1’2", "Ａｂ", "ＡＢＣ1", "a\u3000b", "\t\n\r",
        "【一】", "（1）", "≥90%", "5‰", "—…", "a".repeat(300), "中".repeat(300),
        "ﾊﾞｶ", "한국어", "ひらがな", "café", "x\u0301", "😀", "〇", "々", "\u0000", "12万元",
        "二〇三〇年", "×3°C", "● ■ •")) {
      same(t);
    }
  }

  @Test
  void randomMixes() throws IOException {
    Random rnd = new Random(11);
    String pool = "妇女宫颈癌、。（）《》【】“”‘’…—–aZzQ09．，：；＿_.,:;'·"
        + "ＡＢ１２％ \t\n‰≥≤×°●■•〇ﾊé한ひ😀";
    int n = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int len = rnd.nextInt(24);
      for (int j = 0; j < len; j++) {
        int at = rnd.nextInt(pool.length());
        char c = pool.charAt(at);
        if (Character.isHighSurrogate(c)) {
          b.append(c).append(pool.charAt(at + 1));
        } else if (!Character.isLowSurrogate(c)) {
          b.append(c);
        }
      }
      same(b.toString());
      n++;
    }
    assertEquals(20_000, n);
  }

  @Test
  void theCorpusWholeAndByLine() throws IOException {
    int lines = 0;
    for (Path f : Corpus.files()) {
      String plan = Files.readString(f, StandardCharsets.UTF_8);
      same(plan);
      for (String line : plan.split("\n")) {
        same(line);
        lines++;
      }
    }
    assertTrue(lines > 1000, "compared only " + lines + " lines");
  }

  @Test
  void theCharacterClassesAreTheStandardTokenizers() throws IOException {
    // every character this class handles, alone, between ideographs, between letters and digits
    for (char c = 0; c < 0xffff; c++) {
      if (BigramTokenizer.classOf(c) != 0 || c >= '\uff01' && c <= '\uff5e') {
        String s = String.valueOf(c);
        same(s);
        same("中" + s + "国");
        same("a" + s + "b");
        same("1" + s + "2");
        same(s + s + "x");
      }
    }
  }
}
