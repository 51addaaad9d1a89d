package org.planscope.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the data folder, one declaration for every command that uses one. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: data)")
  Path dir = Path.of("data");
}
