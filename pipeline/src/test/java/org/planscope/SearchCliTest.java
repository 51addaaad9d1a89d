package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.cli.Main;
import org.planscope.testing.Cli;
import org.planscope.testing.Cli.Result;
import org.planscope.testing.Corpus;

/** ingest → search / compare through the command line, on two corpus plans. */
class SearchCliTest {
  @TempDir static Path tmp;
  static Path data;

  static Result run(String... args) {
    return Cli.run(args);
  }

  @BeforeAll
  static void ingest() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Corpus.files().get(0), in.resolve(Corpus.files().get(0).getFileName()));
    Files.copy(Corpus.files().get(2), in.resolve(Corpus.files().get(2).getFileName()));
    data = tmp.resolve("data");
    Result r = run("ingest", in.toString(), "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("2 added, 0 replaced, 0 unchanged, 0 removed"), r.err());
    assertTrue(r.out().contains("2 plan(s), 0 failed"), "the summary is unchanged: " + r.out());
    Result again = run("ingest", in.toString(), "--data", data.toString());
    assertTrue(again.err().contains("0 added, 0 replaced, 2 unchanged, 0 removed"), again.err());
  }

  @Test
  void searchPrintsGroupsSnippetsFacetsAndTotal() {
    Result r = run("search", "宫颈癌筛查", "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("■ 鹿寨县") && r.out().contains("■ 清远市"), r.out());
    assertTrue(r.out().contains("«宫颈癌»"), r.out());
    assertTrue(r.out().contains("region: ") && r.out().contains("kind: "), r.out());
    // two goals, two measures, and 清远市's 重点工程 item that names 宫颈癌筛查率 70%
    assertTrue(r.out().contains("[key_project"), r.out());
    assertTrue(r.out().strip().endsWith("total: 5"), r.out());
  }

  @Test
  void searchJsonIsMachineReadable() throws Exception {
    Result r = run("search", "宫颈癌筛查", "--region", "清远市", "--kind", "goal", "--json",
        "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(1, j.get("total").asInt());
    JsonNode hit = j.get("hits").get(0);
    assertEquals("清远市", hit.get("region").get("name").asText());
    JsonNode first = hit.get("highlights").get(0);
    assertEquals("宫颈癌", hit.get("text").asText().substring(first.get(0).asInt(), first.get(1).asInt()));
    assertEquals(1, j.get("facets").get("region").get(0).get("count").asInt());
  }

  @Test
  void malformedQueryIsOneLineAndExitCodeTwo() {
    Result r = run("search", "\"宫颈癌", "--data", data.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("planscope search: unbalanced quote"), r.err());
    Result w = run("search", "--where", "孕产妇死亡率", "--data", data.toString());
    assertEquals(2, w.code());
    assertEquals(1, w.err().strip().lines().count(), w.err());
  }

  @Test
  void compareWritesCsvWithAHeader() {
    Result r = run("compare", "孕产妇死亡率", "--csv", "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("region,level,province,plan,indicator,op,value,unit,year,goal\r\n"),
        r.out());
  }

  @Test
  void searchWithoutAnIndexSaysToIngest() {
    Result r = run("search", "宫颈癌", "--data", tmp.resolve("nothing").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("run `planscope ingest` first"), r.err());
  }
}
