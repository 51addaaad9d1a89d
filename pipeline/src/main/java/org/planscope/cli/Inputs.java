package org.planscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.planscope.ingest.TikaDocumentReader;

/** Expands command-line paths into the files to read. */
final class Inputs {
  private Inputs() {}

  /**
   * Files named directly are kept whatever their type (the reader reports an unsupported one);
   * directories are walked for supported files. Sorted, so runs are reproducible.
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(Inputs::supported)
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  static boolean supported(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && dot > 0
        && TikaDocumentReader.SUPPORTED.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }
}
