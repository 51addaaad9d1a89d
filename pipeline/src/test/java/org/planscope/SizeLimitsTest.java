package org.planscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No main source file over {@value #MAX_FILE_LINES} lines and no method (constructor, lambda
 * bodies included) over {@value #MAX_METHOD_LINES} lines, counted from the declaration's first
 * line to its closing brace by the JDK's own parser. Today's offenders are listed below; the list
 * may only shrink: a listed entry that no longer offends fails the test too, so it is removed
 * when its class is split.
 */
class SizeLimitsTest {
  static final int MAX_FILE_LINES = 500;
  static final int MAX_METHOD_LINES = 80;
  static final Path MAIN = Path.of(System.getProperty("planscope.root", ".."))
      .resolve("pipeline/src/main/java");

  /** Source files (under org/planscope/) allowed over the limit: none since the stages were split. */
  static final Set<String> LONG_FILES_ALLOWED = Set.of();

  /** Methods over the limit, as {@code file#Class.method}. */
  static final Set<String> LONG_METHODS_ALLOWED = Set.of(
      // search: the query grammar in one method
      "index/QueryBuilder.java#QueryBuilder.parse");

  record Offender(String key, int lines) {}

  @Test
  void mainFilesAndMethodsStayShort() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(MAIN)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(files.size() > 100, "no sources under " + MAIN.toAbsolutePath());
    Set<String> longFiles = new TreeSet<>();
    Set<String> longMethods = new TreeSet<>();
    StringBuilder report = new StringBuilder();
    for (Offender o : scan(files)) {
      boolean file = !o.key().contains("#");
      (file ? longFiles : longMethods).add(o.key());
      report.append(String.format("  %-70s %4d lines%n", o.key(), o.lines()));
    }
    System.out.println("over " + MAX_FILE_LINES + " lines a file or " + MAX_METHOD_LINES
        + " lines a method:\n" + report);
    assertEquals(new TreeSet<>(LONG_FILES_ALLOWED), longFiles,
        "files over " + MAX_FILE_LINES + " lines (split a new one; remove a fixed one from the"
            + " allow-list):\n" + report);
    assertEquals(new TreeSet<>(LONG_METHODS_ALLOWED), longMethods,
        "methods over " + MAX_METHOD_LINES + " lines (split a new one; remove a fixed one from the"
            + " allow-list):\n" + report);
  }

  static List<Offender> scan(List<Path> files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<Offender> out = new java.util.ArrayList<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null,
        StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      JavacTask task = (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"), null,
          units);
      SourcePositions pos = Trees.instance(task).getSourcePositions();
      for (CompilationUnitTree unit : task.parse()) {
        LineMap lines = unit.getLineMap();
        Path file = Path.of(unit.getSourceFile().toUri());
        String name = MAIN.resolve("org/planscope").toAbsolutePath().normalize()
            .relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        long fileLines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
        if (fileLines > MAX_FILE_LINES) {
          out.add(new Offender(name, (int) fileLines));
        }
        Deque<String> classes = new ArrayDeque<>();
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitClass(ClassTree c, Void v) {
            classes.addLast(c.getSimpleName().toString());
            super.visitClass(c, v);
            classes.removeLast();
            return null;
          }

          @Override
          public Void visitMethod(MethodTree m, Void v) {
            long start = lines.getLineNumber(pos.getStartPosition(unit, m));
            long end = lines.getLineNumber(pos.getEndPosition(unit, m));
            long n = end - start + 1;
            if (n > MAX_METHOD_LINES) {
              out.add(new Offender(name + "#" + String.join(".", classes) + "." + m.getName(),
                  (int) n));
            }
            return super.visitMethod(m, v);
          }
        }.scan(unit, null);
      }
    }
    return out;
  }
}
