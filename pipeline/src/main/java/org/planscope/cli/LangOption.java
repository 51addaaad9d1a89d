package org.planscope.cli;

import picocli.CommandLine.Option;

/** {@code --lang zh|en}: the language of a command's output, one declaration for all of them. */
final class LangOption {
  @Option(names = "--lang", paramLabel = "zh|en",
      description = "language of the output (default: PLANSCOPE_LANG's, else zh)")
  String value;

  /** The language asked for, else the terminal's ({@code PLANSCOPE_LANG}, else Chinese). */
  org.planscope.format.Lang or(org.planscope.format.Lang terminal) {
    return value == null ? terminal : org.planscope.format.Lang.of(value);
  }
}
