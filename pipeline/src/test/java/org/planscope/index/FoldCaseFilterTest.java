package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.planscope.testing.Corpus;

/** {@link FoldCaseFilter} gives {@link LowerCaseFilter}'s tokens, character for character. */
class FoldCaseFilterTest {
  private static List<String> terms(String text, boolean fold) throws IOException {
    Tokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = fold ? new FoldCaseFilter(source) : new LowerCaseFilter(source)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void examples() throws IOException {
    assertEquals(List.of("hpv", "疫苗接种率", "Ⓐ→ⓐ".toLowerCase(java.util.Locale.ROOT), "ǆ", "ﬀ",
        "ab12%", "ａ"), terms("HPV 疫苗接种率 Ⓐ→ⓐ ǅ ﬀ Ab12% Ａ", true));
  }

  @Test
  void noCharacterOfTheSkippedRangeHasALowerCase() {
    for (int c = FoldCaseFilter.CJK_FIRST; c <= FoldCaseFilter.CJK_LAST; c++) {
      assertEquals(c, Character.toLowerCase(c), Integer.toHexString(c));
    }
  }

  @Test
  void everyCharacterAloneAndAfterAnIdeographOrAscii() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int cp = 0x21; cp <= 0x10ffff; cp++) {
      if (Character.isWhitespace(cp) || Character.isSurrogate((char) Math.min(cp, 0xffff))
          || !Character.isDefined(cp)) {
        continue;
      }
      b.append(Character.toChars(cp)).append(' ');
      b.append('中').append(Character.toChars(cp)).append(' ');
      b.append('Q').append(Character.toChars(cp)).append('Z').append(' ');
    }
    String text = b.toString();
    assertEquals(terms(text, false), terms(text, true));
  }

  @Test
  void randomMixesAndTheCorpus() throws IOException {
    Random rnd = new Random(7);
    String pool = "AbZz妇女ÀÉΣσςİıǅ𝐀Ａａ１%/．。 Ⓐ宫颈癌HPV";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      int at = rnd.nextInt(pool.length());
      char c = pool.charAt(at);
      if (Character.isHighSurrogate(c) && at + 1 < pool.length()) {
        b.append(c).append(pool.charAt(at + 1));
      } else if (!Character.isSurrogate(c)) {
        b.append(c);
      }
    }
    String text = b.toString();
    assertEquals(terms(text, false), terms(text, true));
    for (var f : Corpus.files()) {
      String t = Corpus.text(f.getFileName().toString()).text();
      assertEquals(terms(t, false), terms(t, true), f.toString());
    }
  }
}
