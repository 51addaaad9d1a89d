package org.planscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Concept terms: where the bigram fields stack them, and that a concept's query finds the same
 * documents with the same scores as the bigram phrase it stands for.
 */
class ConceptsTest {
  private static final Concepts CONCEPTS = Concepts.of(List.of("孕产妇死亡率", "死亡率",
      "宫颈癌人群筛查率", "妇女妇女", "HPV疫苗接种率", "妇联"));

  /** term@position[start,end) for every token, concept tokens marked with *. */
  private static List<String> tokens(Analyzer a, String... values) throws IOException {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      try (TokenStream ts = a.tokenStream(Fields.TEXT_BI, v)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        TypeAttribute type = ts.addAttribute(TypeAttribute.class);
        ts.reset();
        int pos = -1;
        while (ts.incrementToken()) {
          pos += inc.getPositionIncrement();
          out.add((Concepts.TYPE.equals(type.type()) ? "*" : "") + term + "@" + pos + "["
              + off.startOffset() + "," + off.endOffset() + ")");
        }
        ts.end();
      }
    }
    return out;
  }

  @Test
  void aConceptIsStackedOnTheLastTokenOfItsPhrase() throws Exception {
    assertEquals(List.of("孕产@0[0,2)", "产妇@1[1,3)", "妇死@2[2,4)", "死亡@3[3,5)", "亡率@4[4,6)",
        "*死亡 亡率@4[4,6)", "*孕产 产妇 妇死 死亡 亡率@4[4,6)", "率下@5[5,7)", "下降@6[6,8)"),
        tokens(new Analyzers.Bigram(CONCEPTS), "孕产妇死亡率下降"));
  }

  @Test
  void noConceptAcrossPunctuationOrWhereTheTokensDiffer() throws Exception {
    // 、 breaks the bigram run (孕产 产妇 | 死亡 亡率): the phrase 孕产妇死亡率 does not match there
    assertEquals(List.of("孕产@0[0,2)", "产妇@1[1,3)", "死亡@2[4,6)", "亡率@3[5,7)",
        "*死亡 亡率@3[5,7)"), tokens(new Analyzers.Bigram(CONCEPTS), "孕产妇、死亡率"));
    // a name of one token (妇联) is a term already; a text without the names has no concept
    assertEquals(List.of("妇联@0[0,2)"), tokens(new Analyzers.Bigram(CONCEPTS), "妇联"));
    assertEquals(List.of("宫颈@0[0,2)", "颈癌@1[1,3)", "癌筛@2[2,4)", "筛查@3[3,5)", "查率@4[4,6)"),
        tokens(new Analyzers.Bigram(CONCEPTS), "宫颈癌筛查率"));
  }

  @Test
  void latinAndFullWidthFormsAreFoldedAsTheBigramsAre() throws Exception {
    assertEquals(List.of("hpv@0[0,3)", "疫苗@1[3,5)", "苗接@2[4,6)", "接种@3[5,7)", "种率@4[6,8)",
        "*hpv 疫苗 苗接 接种 种率@4[6,8)"), tokens(new Analyzers.Bigram(CONCEPTS), "ＨＰＶ疫苗接种率"));
  }

  @Test
  void overlappingOccurrencesEachCount() throws Exception {
    // 妇女妇女妇女: the phrase 妇女 女妇 妇女 matches at positions 0 and 2, so twice
    List<String> t = tokens(new Analyzers.Bigram(CONCEPTS), "妇女妇女妇女");
    assertEquals(2, t.stream().filter(s -> s.startsWith("*妇女 女妇 妇女")).count(), t.toString());
  }

  @Test
  void theStateIsResetBetweenValues() throws Exception {
    // the end of one value and the start of the next never form a concept
    assertEquals(List.of("孕产@0[0,2)", "产妇@1[1,3)", "死亡@0[0,2)", "亡率@1[1,3)",
        "*死亡 亡率@1[1,3)"), tokens(new Analyzers.Bigram(CONCEPTS), "孕产妇", "死亡率"));
  }

  private static final List<String> TEXTS = List.of(
      "孕产妇死亡率下降到12/10万以下",
      "孕产妇死亡率和婴儿死亡率分别控制在10/10万和5‰以下，孕产妇死亡率城乡差距缩小",
      "降低孕产妇死亡率",
      "孕产妇、死亡率",
      "适龄妇女宫颈癌人群筛查率达到70%以上，宫颈癌人群筛查率逐年提高",
      "宫颈癌筛查率",
      "5岁以下儿童死亡率",
      "死亡率",
      "妇女妇女妇女",
      "提高妇女健康水平");

  @Test
  void aConceptQueryMatchesAndScoresAsItsPhrase() throws Exception {
    Analyzer analyzer = new Analyzers.Bigram(CONCEPTS);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (String t : TEXTS) {
          Document d = new Document();
          d.add(new TextField(Fields.TEXT_BI, t, Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        for (String name : List.of("孕产妇死亡率", "死亡率", "宫颈癌人群筛查率", "妇女妇女")) {
          Query concept = new QueryBuilder(analyzer, Synonyms.none()).phrase(Fields.TEXT_BI, name);
          assertInstanceOf(ConceptQuery.class, concept, name);
          Query phrase = phraseOf(analyzer, name);
          TopDocs a = s.search(concept, 100);
          TopDocs b = s.search(phrase, 100);
          assertTrue(b.scoreDocs.length > 0, name);
          assertEquals(b.totalHits.value, a.totalHits.value, name);
          assertEquals(render(b), render(a), name);
          assertEquals(s.count(phrase), s.count(concept), name);
        }
      }
    }
  }

  @Test
  void theQueryOfAConceptReadsItsTerm() throws Exception {
    Analyzer analyzer = new Analyzers.Bigram(CONCEPTS);
    QueryBuilder qb = new QueryBuilder(analyzer, Synonyms.none());
    assertTrue(qb.phrase(Fields.TEXT_BI, "孕产妇死亡率").toString().contains(
        "concept\"孕产 产妇 妇死 死亡 亡率\""), qb.phrase(Fields.TEXT_BI, "孕产妇死亡率").toString());
    // a longer text that only contains a concept stays a phrase of bigrams
    assertFalse(qb.phrase(Fields.TEXT_BI, "孕产妇死亡率下降").toString().contains("concept"));
    assertTrue(qb.phrase(Fields.TEXT_BI, "孕产妇死亡率下降").toString().contains(
        "\"孕产 产妇 妇死 死亡 亡率 率下 下降\""));
  }

  @Test
  void theProjectsConceptsAreTheSearchLexiconsNames() {
    Concepts shared = Concepts.shared();
    assertTrue(shared.size() > 100, "concepts: " + shared.size());
    assertInstanceOf(String.class, shared.digest());
  }

  /** The bigram phrase of a name, as the index answered it before concept terms. */
  private static Query phraseOf(Analyzer a, String text) throws IOException {
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    try (TokenStream ts = a.tokenStream(Fields.TEXT_BI, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        if (!Concepts.TYPE.equals(type.type())) {
          p.add(new Term(Fields.TEXT_BI, term.toString()), pos);
        }
      }
      ts.end();
    }
    return p.build();
  }

  private static String render(TopDocs td) {
    StringBuilder b = new StringBuilder();
    for (ScoreDoc sd : td.scoreDocs) {
      b.append(sd.doc).append('=').append(sd.score).append(' ');
    }
    return b.toString();
  }
}
