package org.planscope.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.planscope.cli.Main;

/** Runs {@code planscope} in-process and captures its exit code, stdout and stderr. */
public final class Cli {
  private Cli() {}

  /** What one command did. */
  public record Result(int code, String out, String err) {}

  /** {@code planscope ARGS} with PLANSCOPE_LANG unset, whatever the environment: Chinese messages. */
  public static Result run(String... args) {
    return run(null, args);
  }

  /** {@code planscope ARGS} with PLANSCOPE_LANG=en: English help and messages. */
  public static Result english(String... args) {
    return run("en", args);
  }

  private static Result run(String planscopeLang, String[] args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), planscopeLang);
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
