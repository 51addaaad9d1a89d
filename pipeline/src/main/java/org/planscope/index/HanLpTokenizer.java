package org.planscope.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.planscope.text.Segmenter;
import org.planscope.text.Token;

/**
 * A Lucene tokenizer over our {@link Segmenter} (HanLP with the project dictionary): 适龄妇女宫颈癌人群筛查率
 * → 适龄 / 妇女 / 宫颈癌 / 人群 / 筛查率, so domain terms stay whole where smartcn splits them.
 *
 * <p>The input is folded character for character before segmenting (full-width ASCII → ASCII,
 * ideographic space → space, ASCII lower case), so every offset still points at the same
 * character, and each emitted offset goes through {@link #correctOffset} for any char filter in
 * front. Tokens that are only whitespace or punctuation are dropped, except {@code %}, {@code ‰}
 * and {@code ‱}, which carry meaning in targets (70%, 5‰). The token type is the part-of-speech
 * tag.
 */
final class HanLpTokenizer extends Tokenizer {
  private final java.util.function.Function<String, List<Token>> segmenter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final StringBuilder buffer = new StringBuilder();
  private final char[] chunk = new char[4096];
  private String text;
  private List<Token> tokens;
  private int next;
  private int lastEnd;

  /**
   * The last texts segmented, most recent last: an item's target documents repeat its text, and
   * every document of a plan repeats its place and domain names; each is segmented once.
   */
  private final Map<String, List<Token>> recent = new LinkedHashMap<>(32, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
      return size() > RECENT;
    }
  };
  private static final int RECENT = 16;

  HanLpTokenizer(java.util.function.Function<String, List<Token>> segmenter) {
    this.segmenter = segmenter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (tokens == null) {
      buffer.setLength(0);
      for (int n; (n = input.read(chunk)) != -1; ) {
        buffer.append(chunk, 0, n);
      }
      text = fold(buffer);
      tokens = recent.get(text);
      if (tokens == null) {
        tokens = segmenter.apply(text);
        recent.put(text, tokens);
      }
      next = 0;
      lastEnd = 0;
    }
    while (next < tokens.size()) {
      Token t = tokens.get(next++);
      String word = t.word();
      int start = t.start();
      int end = t.end();
      if (start < lastEnd || end > text.length() || !text.regionMatches(start, word, 0, word.length())) {
        // Defensive: a segmenter that mis-reports an offset (HanLP has, around line breaks) is
        // re-anchored on the text after the previous token, never emitted with a wrong offset.
        start = text.indexOf(word, lastEnd);
        if (start < 0) {
          continue;
        }
        end = start + word.length();
      }
      lastEnd = end;
      if (!indexable(word)) {
        continue;
      }
      clearAttributes();
      term.append(word);
      offset.setOffset(correctOffset(start), correctOffset(end));
      type.setType(t.tag());
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(text == null ? 0 : text.length());
    offset.setOffset(last, last);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    tokens = null;
    text = null;
  }

  /** Same-length folding: full-width ASCII to ASCII, U+3000 to space, A–Z to a–z. */
  static String fold(CharSequence s) {
    return fold(s, true);
  }

  /** Same-length width folding, lower-casing ASCII letters when {@code lower}. */
  static String fold(CharSequence s, boolean lower) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        c = ' ';
      }
      if (lower && c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      out[i] = c;
    }
    return new String(out);
  }

  static boolean indexable(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || cp == '%' || cp == '‰' || cp == '‱') {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
