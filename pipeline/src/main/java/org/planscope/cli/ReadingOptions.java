package org.planscope.cli;

import org.planscope.format.Lang;
import org.planscope.format.Msg;
import org.planscope.ingest.Ocr;
import org.planscope.ingest.ReadOptions;
import org.planscope.ingest.TimeLimit;
import picocli.CommandLine.Option;

/** Limits for reading one file, shared by {@code extract} and {@code ingest}. */
final class ReadingOptions {
  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "time limit per file; a file that takes longer fails (default: ${DEFAULT-VALUE}; 0: none)")
  double timeout = 120;

  @Option(names = "--max-size", paramLabel = "MB",
      description = "refuse files larger than this (default: ${DEFAULT-VALUE})")
  int maxMegabytes = ReadOptions.DEFAULT_MAX_MB;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "refuse documents whose text is longer (default: ${DEFAULT-VALUE})")
  int maxChars = ReadOptions.DEFAULT_MAX_CHARS;

  @Option(names = "--no-ocr",
      description = "do not OCR PDFs without a text layer (by default Tesseract with chi_sim is"
          + " used when installed)")
  boolean noOcr;

  /** The limits; an exception, said in {@code says}, when one is below 1. */
  ReadOptions readOptions(Lang says) {
    if (maxMegabytes < 1 || maxChars < 1) {
      throw new IllegalArgumentException(Msg.LIMITS_AT_LEAST_1.in(says));
    }
    return ReadOptions.defaults().withMaxBytes((long) maxMegabytes << 20).withMaxChars(maxChars)
        .withOcr(noOcr ? Ocr.none() : Ocr.tesseract());
  }

  TimeLimit timeLimit() {
    return new TimeLimit(timeout);
  }
}
