package org.planscope.text;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HanLP's organisation and place recognition over short strings, with the project dictionary:
 * 区老龄办负责 → 区老龄办/nt, 负责/v. The recognisers halve throughput and tag many
 * non-organisations as {@code nt} (妇女发展, 责任单位), so callers run it only on a few short
 * candidates and check every {@code nt} against their own dictionary and suffix rules.
 *
 * <p>Thread-safe: a {@link Segment} is created per call, the dictionary is only read.
 */
public final class OrganizationRecognizer {
  private final DynamicCustomDictionary dictionary =
      HanLpSegmenter.dictionary(HanLpSegmenter.loadWords(HanLpSegmenter.DICTIONARY));

  /**
   * The answers for the last strings asked, per thread: a unit scan asks at the same place more
   * than once (a third of the questions within one plan), and the Viterbi pass with recognisers
   * is the dearest step of unit extraction. An answer depends on the string only.
   */
  private final ThreadLocal<Map<String, Optional<Token>>> recent =
      ThreadLocal.withInitial(() -> new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Token>> eldest) {
          return size() > RECENT;
        }
      });
  private static final int RECENT = 256;

  /** A recogniser with the project dictionary ({@link HanLpSegmenter#DICTIONARY}). */
  public OrganizationRecognizer() {}

  private static final class DefaultHolder {
    static final OrganizationRecognizer INSTANCE = new OrganizationRecognizer();
  }

  /** The default instance, loaded once on first use. */
  public static OrganizationRecognizer shared() {
    return DefaultHolder.INSTANCE;
  }

  /** Tokens of {@code text} with organisation ({@code nt}) and place ({@code ns}) recognition. */
  public List<Token> recognize(String text) {
    Segment seg = new ViterbiSegment()
        .enableOffset(true)
        .enablePartOfSpeechTagging(true)
        .enableCustomDictionary(dictionary)
        .enableNameRecognize(false)
        .enablePlaceRecognize(true)
        .enableOrganizationRecognize(true);
    List<Term> terms = seg.seg(text);
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String tag = t.nature == null ? "x" : t.nature.toString();
      out.add(new Token(t.word, tag, t.offset, t.offset + t.word.length()));
    }
    return out;
  }

  /** The organisation token that starts at offset 0 of {@code text}, or null. */
  public Token leadingOrganization(String text) {
    Map<String, Optional<Token>> recent = this.recent.get();
    Optional<Token> known = recent.get(text);
    if (known != null) {
      return known.orElse(null);
    }
    Token t = leading(text);
    recent.put(text, Optional.ofNullable(t));
    return t;
  }

  private Token leading(String text) {
    List<Token> tokens = recognize(text);
    if (tokens.isEmpty()) {
      return null;
    }
    Token first = tokens.get(0);
    return first.start() == 0 && first.tag().startsWith("nt") ? first : null;
  }
}
