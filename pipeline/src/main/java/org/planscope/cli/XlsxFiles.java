package org.planscope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.planscope.export.Table;
import org.planscope.export.XlsxWriter;

/** {@code --xlsx FILE}: the tables written as one workbook, atomically. */
final class XlsxFiles {
  private XlsxFiles() {}

  static void write(Path file, List<Table> tables) throws IOException {
    Path abs = file.toAbsolutePath();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    Path tmp = abs.resolveSibling("." + abs.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      XlsxWriter.write(tables, out);
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
