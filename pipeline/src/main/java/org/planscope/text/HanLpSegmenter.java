package org.planscope.text;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's Viterbi segmenter with part-of-speech tags, offsets, and our own domain dictionary
 * ({@code models/hanlp/custom-dict.txt}: {@code 词 词性 频次}) loaded into a private {@link
 * DynamicCustomDictionary} — never into HanLP's global one, which is not safe to edit and caches
 * a stale {@code .bin}. Name, place and organisation recognisers stay off: they halve throughput
 * and tag many non-organisations as {@code nt}.
 *
 * <p>Example: 适龄妇女宫颈癌人群筛查率 → 适龄/妇女/宫颈癌/人群/筛查率 (with our dictionary).
 *
 * <p>Thread-safe: a {@link Segment} is created per call (cheap), the dictionary is shared and
 * only read after construction.
 */
public final class HanLpSegmenter implements Segmenter {
  public static final String DICTIONARY = "/models/hanlp/custom-dict.txt";

  private final DynamicCustomDictionary dictionary;

  /** The segmenter with the project dictionary from the class path. */
  public HanLpSegmenter() {
    this(loadWords(DICTIONARY));
  }

  /** A segmenter with extra words, each line {@code 词 [词性 频次]}. */
  HanLpSegmenter(List<String> dictionaryLines) {
    this.dictionary = dictionary(dictionaryLines);
  }

  /** A private dictionary (HanLP's built-in custom words plus these lines), never the global one. */
  static DynamicCustomDictionary dictionary(List<String> lines) {
    // HanLP's built-in custom words (71k) are parsed from text at every start, and every Segment
    // loads them into the global dictionary anyway: share that read-only double-array trie
    // instead of parsing the same file a second time, and put our words in a trie of our own.
    DynamicCustomDictionary global = com.hankcs.hanlp.dictionary.CustomDictionary.DEFAULT;
    DynamicCustomDictionary d = new DynamicCustomDictionary(global.dat,
        new com.hankcs.hanlp.collection.trie.bintrie.BinTrie<>(),
        (String[]) null); // no path: nothing to load, the words are in global.dat
    for (String line : lines) {
      String[] parts = line.trim().split("\\s+", 2);
      if (parts[0].isEmpty()) {
        continue;
      }
      if (parts.length == 1) {
        d.insert(parts[0]);
      } else {
        d.insert(parts[0], parts[1]);
      }
    }
    return d;
  }

  /** A holder so that the default instance and its dictionary load once, on first use. */
  private static final class DefaultHolder {
    static final HanLpSegmenter INSTANCE = new HanLpSegmenter();
  }

  public static HanLpSegmenter shared() {
    return DefaultHolder.INSTANCE;
  }

  @Override
  public List<Token> segment(String text) {
    return tokens(text, true);
  }

  /**
   * HanLP's {@code StandardTokenizer} (Viterbi over HanLP's own dictionaries, no part-of-speech
   * tags, no offsets): the reference a benchmark compares with, since Viterbi with tags is the
   * slowest segmenter and flatters the other stages. Returns the number of words.
   */
  public static int standardWordCount(String text) {
    return com.hankcs.hanlp.tokenizer.StandardTokenizer.segment(text).size();
  }

  /**
   * Words for search: HanLP's dictionary segmenter (longest match over a double-array trie with
   * our dictionary, about 8× faster than Viterbi and, on plan text, almost always the same words),
   * with runs of ASCII digits and letters kept whole (85, 8.2, PM2.5) as Viterbi keeps them.
   */
  @Override
  public List<Token> words(String text) {
    Segment seg = new DoubleArrayTrieSegment()
        .enableOffset(true)
        .enablePartOfSpeechTagging(false)
        .enableCustomDictionary(dictionary);
    List<Term> terms = seg.seg(text);
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      int start = t.offset;
      int end = start + t.word.length();
      Token last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.end() == start && asciiRun(last.word(), t.word, text, end)) {
        out.set(out.size() - 1, new Token(text.substring(last.start(), end), "x", last.start(), end));
      } else {
        out.add(new Token(t.word, "x", start, end));
      }
    }
    return out;
  }

  /** True when {@code next} continues the ASCII number or word {@code previous}. */
  private static boolean asciiRun(String previous, String next, String text, int nextEnd) {
    if (!isAsciiAlnum(previous.charAt(previous.length() - 1))) {
      return false;
    }
    if (next.length() == 1 && next.charAt(0) == '.') {
      // a decimal point only between digits: 8.2, not 第1.
      return Character.isDigit(previous.charAt(previous.length() - 1)) && nextEnd < text.length()
          && Character.isDigit(text.charAt(nextEnd));
    }
    for (int i = 0; i < next.length(); i++) {
      if (!isAsciiAlnum(next.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
  }

  private List<Token> tokens(String text, boolean tags) {
    Segment seg = new ViterbiSegment()
        .enableOffset(true)
        .enablePartOfSpeechTagging(tags)
        .enableCustomDictionary(dictionary)
        .enableNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false);
    List<Term> terms = seg.seg(text);
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String tag = !tags || t.nature == null ? "x" : t.nature.toString();
      out.add(new Token(t.word, tag, t.offset, t.offset + t.word.length()));
    }
    return out;
  }

  static List<String> loadWords(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = HanLpSegmenter.class.getResourceAsStream(resource)) {
      if (in == null) {
        return lines;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return lines;
  }
}
