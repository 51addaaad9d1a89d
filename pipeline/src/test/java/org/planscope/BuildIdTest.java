package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build id is a hash of the content of the code and models/, never a time: the same content
 * gives the same id from a classes folder or a jar, whenever and in whatever order it was
 * written; a changed class, model file or library version gives another.
 */
class BuildIdTest {
  @TempDir Path tmp;

  static final Map<String, String> BUILD = new TreeMap<>(Map.of(
      "org/planscope/Pipeline.class", "code of the pipeline",
      "org/planscope/extract/TargetExtractor.class", "code of the extractor",
      "models/lexicon/targets.tsv", "孕产妇死亡率\t1/10万",
      "planscope-build.properties", "version=0.1.0\nlibraries=hanlp portable-1.8.6\n",
      "web/app.js", "the page",
      "com/hankcs/hanlp/HanLP.class", "a library"));

  Path folder(String name, Map<String, String> files) throws IOException {
    Path dir = tmp.resolve(name);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  Path jar(String name, List<String> order, Map<String, String> files) throws IOException {
    Path p = tmp.resolve(name);
    try (OutputStream o = Files.newOutputStream(p); JarOutputStream j = new JarOutputStream(o)) {
      for (String entry : order) {
        ZipEntry e = new ZipEntry(entry);
        e.setTime(order.indexOf(entry) * 86_400_000L); // any time: it must not count
        j.putNextEntry(e);
        j.write(files.get(entry).getBytes(StandardCharsets.UTF_8));
        j.closeEntry();
      }
    }
    return p;
  }

  static Map<String, String> with(String path, String content) {
    Map<String, String> m = new TreeMap<>(BUILD);
    m.put(path, content);
    return m;
  }

  @Test
  void theSameContentHasTheSameIdFromAFolderOrAJarWhateverItsTimesAndOrder() throws Exception {
    Path a = folder("a", BUILD);
    Path b = folder("b", BUILD);
    Files.setLastModifiedTime(b.resolve("models/lexicon/targets.tsv"), FileTime.fromMillis(0));
    String id = BuildId.hash(a);
    assertTrue(id.matches("[0-9a-f]{16}"), id);
    assertEquals(id, BuildId.hash(b), "a rebuild of the same sources");
    List<String> reversed = new java.util.ArrayList<>(BUILD.keySet());
    java.util.Collections.reverse(reversed);
    assertEquals(id, BuildId.hash(jar("planscope.jar", reversed, BUILD)), "the shaded jar");
  }

  @Test
  void aChangedClassModelOrLibraryVersionChangesTheId() throws Exception {
    String id = BuildId.hash(folder("same", BUILD));
    assertNotEquals(id, BuildId.hash(folder("class",
        with("org/planscope/extract/TargetExtractor.class", "new code"))));
    assertNotEquals(id, BuildId.hash(folder("model",
        with("models/lexicon/targets.tsv", "孕产妇死亡率\t1/10万\n新生儿死亡率\t‰"))));
    assertNotEquals(id, BuildId.hash(folder("added", with("models/gazetteer/new.tsv", "x"))));
    assertNotEquals(id, BuildId.hash(folder("library",
        with("planscope-build.properties", "version=0.1.0\nlibraries=hanlp portable-1.8.7\n"))));
    // what does not shape extraction is left out: another library's class, the page
    assertEquals(id, BuildId.hash(folder("lib", with("com/hankcs/hanlp/HanLP.class", "other"))));
    assertEquals(id, BuildId.hash(folder("page", with("web/app.js", "another page"))));
  }

  @Test
  void theRunningBuildIdIsTheHashOfItsClassesAndCarriesNoTime() throws Exception {
    Path classes = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    String id = Pipeline.buildId();
    assertTrue(id.matches("[^@]+@[0-9a-f]{16}"), id);
    assertEquals(id.substring(id.indexOf('@') + 1), BuildId.hash(classes));
    try (InputStream in = Pipeline.class.getResourceAsStream("/planscope-build.properties")) {
      String props = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertFalse(props.matches("(?s).*\\d{4}-\\d\\d-\\d\\d.*"), "no date in " + props);
      assertFalse(props.contains("${"), "filtered: " + props);
      assertTrue(props.contains("hanlp portable-"), props);
    }
  }
}
