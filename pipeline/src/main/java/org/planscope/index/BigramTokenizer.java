package org.planscope.index;

import java.io.CharArrayReader;
import java.io.IOException;
import java.util.Arrays;
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

/**
 * The bigram chain — {@link CJKWidthCharFilter}, {@link StandardTokenizer}, {@link FoldCaseFilter},
 * {@link CJKBigramFilter} — in one pass over the text, for the text a plan is made of: ideographs,
 * ASCII and full-width letters and digits, and common Chinese and ASCII punctuation. It gives the
 * same terms, offsets, positions and types as that chain (the Solr schema's), and hands any other
 * text (kana, hangul, accented letters, symbols it does not know, very long words) to the chain
 * itself, so the tokens never differ; only the time does: the chain's four stages cost a fifth of
 * indexing a plan.
 *
 * <p>What it reproduces: each run of ideographs becomes its overlapping bigrams (宫颈癌 → 宫颈 颈癌,
 * type {@code <DOUBLE>}), a lone ideograph itself ({@code <SINGLE>}); a word of letters and digits
 * stays whole and lower-cased ({@code <ALPHANUM>}, {@code <NUM>} when it has no letter), joined
 * across one {@code .} between letters or digits (3.5, a.b), {@code ,} and {@code ;} between digits
 * (1,000), {@code :} between letters, and {@code _} (the Unicode word-break rules the standard
 * tokenizer implements); everything else separates tokens.
 */
final class BigramTokenizer extends Tokenizer {
  /** A word longer than this goes to the chain, which cuts words at 255 characters. */
  private static final int LONGEST_WORD = 200;

  private static final byte OTHER = 0; // not handled here: the whole text goes to the chain
  private static final byte BREAK = 1;
  private static final byte HAN = 2;
  private static final byte LETTER = 3;
  private static final byte DIGIT = 4;
  private static final byte MID_LETTER = 5; // : ·
  private static final byte MID_NUM_LETTER = 6; // . ' ‘ ’
  private static final byte MID_NUM = 7; // , ;
  private static final byte EXTEND_NUM_LETTER = 8; // _

  private static final String DOUBLE = "<DOUBLE>";
  private static final String SINGLE = "<SINGLE>";
  private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
  private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  /** The text, width-folded, and each character's class. */
  private char[] text = new char[256];
  private byte[] classes = new byte[256];
  private int size;
  /** Where the next token starts looking. */
  private int next;

  /** The chain, for a text with a character this class does not handle. */
  private Tokenizer chainSource;
  private TokenStream chain;
  private boolean chainOpen;
  private boolean viaChain;

  @Override
  public void reset() throws IOException {
    super.reset();
    size = 0;
    next = 0;
    int n;
    while ((n = input.read(text, size, text.length - size)) > 0) {
      size += n;
      if (size == text.length) {
        text = Arrays.copyOf(text, size * 2);
      }
    }
    viaChain = !classify();
    if (viaChain) {
      openChain();
    }
  }

  /** Folds and classifies the text; false when it holds something only the chain handles. */
  private boolean classify() {
    if (classes.length < text.length) {
      classes = new byte[text.length];
    }
    int word = 0;
    for (int i = 0; i < size; i++) {
      char c = text[i];
      if (c >= '\uff01' && c <= '\uff5e') { // full-width ASCII
        c = (char) (c - 0xfee0);
        text[i] = c;
      }
      byte k = classOf(c);
      if (k == OTHER) {
        return false;
      }
      classes[i] = k;
      word = k == HAN || k == BREAK ? 0 : word + 1;
      if (word > LONGEST_WORD) {
        return false;
      }
    }
    return true;
  }

  static byte classOf(char c) {
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        return LETTER;
      }
      if (c >= '0' && c <= '9') {
        return DIGIT;
      }
      return switch (c) {
        case ':' -> MID_LETTER;
        case '.', '\'' -> MID_NUM_LETTER;
        case ',', ';' -> MID_NUM;
        case '_' -> EXTEND_NUM_LETTER;
        default -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r' ? BREAK : OTHER;
      };
    }
    if (c >= '\u4e00' && c <= '\u9fa5') { // the ideographs of Unicode 1.1
      return HAN;
    }
    return switch (c) {
      case '\u00b7' -> MID_LETTER; // ·
      case '\u2018', '\u2019' -> MID_NUM_LETTER; // ‘ ’
      case '\u3000', '\u3001', '\u3002', // ideographic space 、 。
          '\u3008', '\u3009', '\u300a', '\u300b', '\u300c', '\u300d', '\u300e', '\u300f',
          '\u3010', '\u3011', '\u3014', '\u3015', '\u3016', '\u3017', // 〈〉《》「」『』【】〔〕〖〗
          '\u2013', '\u2014', '\u2026', '\u201c', '\u201d', '\u2030', // – — … “ ” ‰
          '\u2264', '\u2265', '\u00d7', '\u00b0', '\u25cf', '\u25a0', '\u2022' -> BREAK; // ≤ ≥ × ° ● ■ •
      default -> OTHER;
    };
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (viaChain) {
      return fromChain();
    }
    byte[] k = classes;
    int i = next;
    while (i < size) {
      byte c = k[i];
      if (c == BREAK) {
        i++;
      } else if (c == HAN) {
        boolean pair = i + 1 < size && k[i + 1] == HAN;
        // the next bigram starts at the second ideograph, unless that one ends the run
        next = pair ? (i + 2 < size && k[i + 2] == HAN ? i + 1 : i + 2) : i + 1;
        emit(i, pair ? i + 2 : i + 1, pair ? DOUBLE : SINGLE);
        return true;
      } else {
        int end = wordEnd(i);
        if (end == i) { // a mark that joins nothing
          i++;
        } else if (word(i, end)) {
          return true;
        } else { // underscores alone are no word
          i = end;
        }
      }
    }
    next = size;
    return false;
  }

  /** Emits the word [start, end) lower-cased; false when it has no letter or digit. */
  private boolean word(int start, int end) {
    byte[] k = classes;
    boolean letter = false;
    boolean digit = false;
    for (int j = start; j < end; j++) {
      letter |= k[j] == LETTER;
      digit |= k[j] == DIGIT;
      char c = text[j];
      if (c >= 'A' && c <= 'Z') {
        text[j] = (char) (c + ('a' - 'A'));
      }
    }
    next = end;
    if (!letter && !digit) {
      return false;
    }
    emit(start, end, letter ? ALPHANUM : NUM);
    return true;
  }

  /** The end of the word starting at {@code i} (i itself when no word starts there). */
  private int wordEnd(int i) {
    byte[] k = classes;
    byte first = k[i];
    if (first != LETTER && first != DIGIT && first != EXTEND_NUM_LETTER) {
      return i;
    }
    byte prev = first;
    int j = i + 1;
    while (j < size) {
      byte c = k[j];
      if (c == LETTER || c == DIGIT || c == EXTEND_NUM_LETTER) {
        prev = c;
        j++;
        continue;
      }
      byte after = j + 1 < size ? k[j + 1] : BREAK;
      boolean letters = prev == LETTER && after == LETTER
          && (c == MID_LETTER || c == MID_NUM_LETTER);
      boolean digits = prev == DIGIT && after == DIGIT && (c == MID_NUM || c == MID_NUM_LETTER);
      if (!letters && !digits) {
        break;
      }
      prev = after;
      j += 2;
    }
    return j;
  }

  private void emit(int start, int end, String kind) {
    clearAttributes();
    term.copyBuffer(text, start, end - start);
    offset.setOffset(correctOffset(start), correctOffset(end));
    type.setType(kind);
  }

  @Override
  public void end() throws IOException {
    super.end();
    if (viaChain) {
      chain.end();
      OffsetAttribute o = chain.getAttribute(OffsetAttribute.class);
      offset.setOffset(correctOffset(o.startOffset()), correctOffset(o.endOffset()));
      increment.setPositionIncrement(
          chain.getAttribute(PositionIncrementAttribute.class).getPositionIncrement());
    } else {
      int last = correctOffset(size);
      offset.setOffset(last, last);
    }
  }

  @Override
  public void close() throws IOException {
    super.close();
    closeChain();
  }

  private void openChain() throws IOException {
    if (chain == null) {
      chainSource = new StandardTokenizer();
      chain = new CJKBigramFilter(new FoldCaseFilter(chainSource));
    }
    closeChain();
    // the chain folds widths itself (what classify folded already stays as it is)
    chainSource.setReader(new CJKWidthCharFilter(new CharArrayReader(text, 0, size)));
    chain.reset();
    chainOpen = true;
  }

  private void closeChain() throws IOException {
    if (chainOpen) {
      chainOpen = false;
      chain.close();
    }
  }

  private boolean fromChain() throws IOException {
    if (!chain.incrementToken()) {
      return false;
    }
    clearAttributes();
    CharTermAttribute t = chain.getAttribute(CharTermAttribute.class);
    term.copyBuffer(t.buffer(), 0, t.length());
    OffsetAttribute o = chain.getAttribute(OffsetAttribute.class);
    offset.setOffset(correctOffset(o.startOffset()), correctOffset(o.endOffset()));
    increment.setPositionIncrement(
        chain.getAttribute(PositionIncrementAttribute.class).getPositionIncrement());
    length.setPositionLength(
        chain.getAttribute(PositionLengthAttribute.class).getPositionLength());
    type.setType(chain.getAttribute(TypeAttribute.class).type());
    return true;
  }
}
