package org.planscope.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases a token exactly as {@link LowerCaseFilter} does (the Solr schema's {@code lowercase}
 * filter), but looks up a character's case only outside ASCII and the CJK block U+3000–U+9FFF,
 * where no character has a lower case: a plan's tokens are nearly all single ideographs, and the
 * lookup was a sixth of what the bigram chain did per token.
 */
final class FoldCaseFilter extends TokenFilter {
  /** The first and last code unit of the caseless CJK range. */
  static final char CJK_FIRST = '\u3000';
  static final char CJK_LAST = '\u9fff';
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  FoldCaseFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buf = term.buffer();
    int n = term.length();
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          buf[i] = (char) (c + ('a' - 'A'));
        }
      } else if (c < CJK_FIRST || c > CJK_LAST) {
        CharacterUtils.toLowerCase(buf, i, n); // the rest, surrogate pairs included
        break;
      }
    }
    return true;
  }
}
