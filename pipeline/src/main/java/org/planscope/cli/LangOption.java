package org.planscope.cli;

import picocli.CommandLine.Option;

/** {@code --lang zh|en}: the language of a command's output, one declaration for all of them. */
final class LangOption {
  @Option(names = "--lang", paramLabel = "zh|en", description = "language of the output (default: zh)")
  String value = "zh";
}
