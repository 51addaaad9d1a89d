package org.planscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planscope.model.Block;
import org.planscope.model.Document;
import org.planscope.model.Span;

/** The composite reader: one reader per format, the limits, sniffing and dispatch in one place. */
class CompositeReaderTest {
  @TempDir Path tmp;

  /** A format added as one class: a reader of .plan files, one line of text each. */
  static final class PlanLineReader implements DocumentReader {
    final List<String> seen = new ArrayList<>();

    @Override
    public Set<String> supportedTypes() {
      return Set.of("plan");
    }

    @Override
    public Document read(ReadInput in) {
      seen.add(in.type() + " " + in.format() + " " + in.bytes().length);
      String text = new String(in.bytes(), StandardCharsets.UTF_8).strip();
      return new Document(in.source("text/x-plan"), text,
          List.of(Block.paragraph(new Span(0, text.length()))), Map.of());
    }
  }

  /** A reader that declines every file, as {@link DocxReader} declines a zip without Word. */
  static final class Declining implements DocumentReader {
    @Override
    public Set<String> supportedTypes() {
      return Set.of("plan");
    }

    @Override
    public Document read(ReadInput in) {
      return null;
    }
  }

  Path write(String name, String content) throws Exception {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void aNewFormatIsOneReaderAndGetsTheSharedLimitsAndTheSource() throws Exception {
    PlanLineReader plans = new PlanLineReader();
    CompositeReader reader = new CompositeReader(ReadOptions.defaults().withMaxChars(10),
        List.of(new Declining(), plans));
    assertEquals(Set.of("plan"), reader.supportedTypes());
    Document d = reader.read(write("a.plan", "妇女发展规划\n"));
    assertEquals("妇女发展规划", d.text());
    assertEquals("text/x-plan", d.source().mediaType());
    assertEquals("a.plan", d.source().fileName());
    assertNull(d.ocrEngine());
    // the declining reader was asked first and the file went on to the next
    assertEquals(List.of("plan OTHER 19"), plans.seen);
    ReadException tooLong = assertThrows(ReadException.class,
        () -> reader.read(write("b.plan", "一二三四五六七八九十十一")));
    assertEquals("the text is too long: 12 characters (the limit is 10)", tooLong.reason());
    ReadException other = assertThrows(ReadException.class,
        () -> reader.read(write("c.txt", "规划")));
    assertEquals("unsupported file type .txt", other.reason());
    assertEquals("supported: plan", other.hint());
  }

  @Test
  void aFileNoReaderTakesIsRefusedWithTheReason() throws Exception {
    CompositeReader reader = new CompositeReader(ReadOptions.defaults(),
        List.of(new Declining()));
    ReadException e = assertThrows(ReadException.class,
        () -> reader.read(write("a.plan", "规划")));
    assertEquals("no reader takes this .plan file", e.reason());
  }

  @Test
  void theDefaultReadersCoverTheSupportedTypes() {
    assertEquals(CompositeReader.SUPPORTED, new CompositeReader().supportedTypes());
    assertEquals(Set.of("txt", "text", "md", "markdown"), new PlainTextReader().supportedTypes());
    assertEquals(Set.of("docx"), new DocxReader().supportedTypes());
    TikaReader tika = new TikaReader();
    assertEquals(tika.supportedTypes(), new OcrReader(tika, Ocr.none()).supportedTypes());
  }
}
