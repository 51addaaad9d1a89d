package org.planscope.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.solr.core.SolrConfig;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.IndexSchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planscope.index.Analysis;

/**
 * The configset's analysis, loaded by Solr's own schema code, gives exactly the embedded index's
 * tokens — terms, offsets, positions and types — on every corpus plan, for documents and queries.
 * No cluster: seconds.
 */
class AnalysisParityTest {
  static final List<String> TEXT_FIELDS =
      List.of("text", "text_bi", "meta_bi", "units_bi", "indicator_bi");

  static IndexSchema schema;
  static List<String> corpus;

  @BeforeAll
  static void load() throws Exception {
    Path configset = Path.of(System.getProperty("planscope.configset"));
    SolrConfig config = new SolrConfig(configset, "solrconfig.xml");
    schema = IndexSchemaFactory.buildIndexSchema("schema.xml", config);
    Path root = Path.of(System.getProperty("planscope.root"));
    corpus = new ArrayList<>();
    try (Stream<Path> s = Files.list(root.resolve("corpus"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        corpus.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertFalse(corpus.isEmpty(), "no corpus plans under " + root.resolve("corpus"));
  }

  record Tok(String term, int start, int end, int increment, String type) {}

  static List<Tok> tokens(Analyzer a, String field, String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tok(term.toString(), off.startOffset(), off.endOffset(),
            inc.getPositionIncrement(), type.type()));
      }
      ts.end();
      out.add(new Tok("<end>", off.startOffset(), off.endOffset(), inc.getPositionIncrement(),
          ""));
    }
    return out;
  }

  @Test
  void documentTokensAreTheEmbeddedIndexTokensOnTheCorpus() throws IOException {
    Analyzer embedded = Analysis.forIndex();
    Analyzer solr = schema.getIndexAnalyzer();
    long n = 0;
    for (String plan : corpus) {
      // whole plans and their paragraphs (what items are made of)
      List<String> texts = new ArrayList<>(List.of(plan));
      texts.addAll(List.of(plan.split("\n")));
      for (String field : TEXT_FIELDS) {
        for (String t : texts) {
          List<Tok> want = tokens(embedded, field, t);
          assertEquals(want, tokens(solr, field, t), field + ": " + abbreviate(t));
          n += want.size();
        }
        assertEquals(embedded.getPositionIncrementGap(field), solr.getPositionIncrementGap(field),
            field + ": position gap between values");
      }
    }
    assertTrue(n > 100_000, "compared only " + n + " tokens");
  }

  @Test
  void queryTokensAreTheEmbeddedQueryTokens() throws IOException {
    Analyzer embedded = Analysis.forQuery();
    Analyzer solr = schema.getQueryAnalyzer();
    Path queries = Path.of(System.getProperty("planscope.root"),
        "pipeline/src/test/resources/search/queries.tsv");
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        texts.add(line.split("\t")[0]);
      }
    }
    texts.addAll(List.of("预防性骚扰", "适龄妇女宫颈癌人群筛查率", "ＰＭ２．５年均浓度", "\n孕产妇死亡率"));
    for (String field : List.of("text", "text_bi")) {
      for (String t : texts) {
        assertEquals(tokens(embedded, field, t), tokens(solr, field, t), field + ": " + t);
      }
    }
    // the full segmenter: 预防 / 性骚扰, where dictionary segmentation gives 预防性 / 骚扰
    assertEquals(List.of("预防", "性骚扰", "<end>"),
        tokens(solr, "text", "预防性骚扰").stream().map(Tok::term).toList());
  }

  @Test
  void factoryReadsACopyOfItsArguments() {
    Map<String, String> args = new HashMap<>(Map.of("mode", "query"));
    new PlanscopeTokenizerFactory(args);
    new PlanscopeTokenizerFactory(args); // Solr builds a factory twice from the same map
    assertEquals(Map.of("mode", "query"), args);
  }

  @Test
  void factoryRejectsUnknownArguments() {
    Map<String, String> args = new HashMap<>(Map.of("mode", "document", "dict", "x.txt"));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new PlanscopeTokenizerFactory(args));
    assertTrue(e.getMessage().contains("dict"), e.getMessage());
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 40 ? one : one.substring(0, 40) + "…";
  }
}
