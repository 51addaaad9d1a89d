package org.planscope.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.planscope.monitor.ActualRow;
import org.planscope.monitor.ActualsReader;

/** A file of actual values → {@link ActualRow}s: the first sheet of an .xlsx workbook, or CSV. */
public final class ActualsFiles {
  private ActualsFiles() {}

  public static List<ActualRow> read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.getFileName().toString());
  }

  /** Reads bytes named {@code name}: .xlsx by its name or its zip signature, CSV otherwise. */
  public static List<ActualRow> read(byte[] bytes, String name) throws IOException {
    boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
    if (zip || name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return ActualsReader.fromSheet(XlsxTableReader.read(new ByteArrayInputStream(bytes)));
    }
    return ActualsReader.fromCsv(bytes);
  }
}
