package org.planscope.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.analysis.TokenizerChain;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code planscope-solr.jar}, as an operator installs it: copied into a Solr home's
 * shared {@code lib/} next to the configset, with neither the plugin's nor the pipeline's classes
 * on this test's class path (the build runs this class after {@code package}, without them). A
 * core built from the configset indexes a plan item with planscope's tokens and finds it with
 * {@code {!planscope}}.
 */
@Tag("packaging")
class PackagedPluginTest {
  @TempDir Path home;

  @Test
  void thePackagedJarLoadsFromSolrsSharedLib() throws Exception {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("org.planscope.solr.PlanscopeTokenizerFactory"),
        "the plugin must not be on the test class path");
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("org.planscope.index.Analysis"),
        "the pipeline must not be on the test class path");

    Path jar = Path.of(System.getProperty("planscope.pluginJar"));
    Files.createDirectories(home.resolve("lib"));
    Files.copy(jar, home.resolve("lib").resolve(jar.getFileName()));
    Files.writeString(home.resolve("solr.xml"),
        "<solr><str name=\"sharedLib\">lib</str></solr>", StandardCharsets.UTF_8);
    Path conf = Path.of(System.getProperty("planscope.configset")).resolve("conf");
    Path coreConf = home.resolve("plans").resolve("conf");
    Files.createDirectories(coreConf);
    try (Stream<Path> s = Files.list(conf)) {
      for (Path f : s.toList()) {
        Files.copy(f, coreConf.resolve(f.getFileName()));
      }
    }
    Files.writeString(home.resolve("plans").resolve("core.properties"), "name=plans\n",
        StandardCharsets.UTF_8);

    CoreContainer cores = CoreContainer.createAndLoad(home);
    try (EmbeddedSolrServer solr = new EmbeddedSolrServer(cores, "plans")) {
      try (SolrCore core = cores.getCore("plans")) {
        TokenizerChain chain =
            (TokenizerChain) core.getLatestSchema().getFieldType("text").getIndexAnalyzer();
        Class<?> factory = chain.getTokenizerFactory().getClass();
        assertEquals("org.planscope.solr.PlanscopeTokenizerFactory", factory.getName());
        assertNotSame(getClass().getClassLoader(), factory.getClassLoader());
        // planscope's words: 宫颈癌 is one token (smartcn or bigrams alone would split it); the
        // item text is stored, not indexed, but its type still analyses with the plugin
        List<String> words = new java.util.ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream ts = chain.tokenStream("text",
            "适龄妇女宫颈癌人群筛查率达到70%以上。")) {
          org.apache.lucene.analysis.tokenattributes.CharTermAttribute t =
              ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            words.add(t.toString());
          }
          ts.end();
        }
        assertTrue(words.contains("宫颈癌"), words.toString());
      }
      SolrInputDocument d = new SolrInputDocument();
      d.addField("id", "p#1");
      d.addField("plan", "p");
      d.addField("kind", "goal");
      d.addField("text", "适龄妇女宫颈癌人群筛查率达到70%以上。");
      d.addField("text_bi", "适龄妇女宫颈癌人群筛查率达到70%以上。");
      solr.add(d);
      solr.commit();

      ModifiableSolrParams p = new ModifiableSolrParams();
      p.set("q", "{!planscope}");
      p.set("ps.q", "宫颈癌筛查");
      QueryResponse r = solr.query(p);
      assertEquals(1, r.getResults().getNumFound());
      assertEquals(List.of("p#1"), r.getResults().stream().map(x -> x.getFieldValue("id")).toList());
    } finally {
      cores.shutdown();
    }
  }
}
