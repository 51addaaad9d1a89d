package org.planscope.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.planscope.text.HanLpSegmenter;

/**
 * The analysis fingerprint written into each commit: the document layout version plus a digest of
 * the HanLP dictionary and of the {@link Concepts}. Tokens indexed under another dictionary would not match today's query
 * tokens, so an index with a different fingerprint is rebuilt rather than updated.
 */
final class Schema {
  /** Bump when fields or analyzers change. */
  // 2: dictionary (double-array trie) segmentation for words; 3: field names without dots (the
  // same names in Solr, OpenSearch and Elasticsearch, where a dot would make an object path);
  // 4: the id has doc values (equal scores rank by id); names keep no norms, scored texts have a
  // norm in every document; 5: concept terms in the bigram fields (the digest of the concepts is
  // part of the fingerprint); 6: bigrams only — the item text stored, not indexed as HanLP words,
  // and no HanLP words of the names; 7: the id is not indexed as a term (stored, doc values)
  static final int VERSION = 7;

  private Schema() {}

  private static final class Holder {
    static final String FINGERPRINT = VERSION + ":" + digest(HanLpSegmenter.DICTIONARY) + ":"
        + Concepts.shared().digest();
  }

  static String fingerprint() {
    return Holder.FINGERPRINT;
  }

  private static String digest(String resource) {
    try (InputStream in = Schema.class.getResourceAsStream(resource)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (in != null) {
        md.update(in.readAllBytes());
      }
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
