package org.planscope.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code planscope} in a child JVM that file permissions bind, even when the tests run as
 * root (as CI does): {@code setpriv} drops the capabilities that let root read, list and write
 * whatever the permissions say ({@code CAP_DAC_OVERRIDE}, {@code CAP_DAC_READ_SEARCH}) before
 * Java starts. The user stays root, so the child still reads the build's classes and the local
 * Maven repository, while a file or folder with its permissions taken away is refused to it as to
 * anyone else.
 */
public final class Unprivileged {
  private Unprivileged() {}

  static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  /** True when this JVM reads {@code denied} although its permissions deny it (root). */
  public static boolean permissionsIgnoredFor(Path denied) {
    return Files.isReadable(denied);
  }

  /** Skips (or fails under CI) when there is no way to drop the privilege here. */
  public static void require() {
    Required.require(Files.isExecutable(SETPRIV), "the tests run as root and " + SETPRIV
        + " (util-linux) is missing, so permissions cannot be made to bind");
  }

  /**
   * {@code planscope args…} in a child JVM without root's power over permissions, with
   * PLANSCOPE_LANG unset (Chinese messages).
   */
  public static Cli.Result run(String... args) throws IOException, InterruptedException {
    require();
    List<String> cmd = new ArrayList<>(List.of(SETPRIV.toString(),
        "--bounding-set=-dac_override,-dac_read_search",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp",
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        "org.planscope.cli.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(cmd);
    b.environment().remove("PLANSCOPE_LANG");
    Process p = b.start();
    p.getOutputStream().close();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p, true));
    String out = read(p, false);
    if (!p.waitFor(HangGuard.seconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("planscope " + args[0] + " hung");
    }
    return new Cli.Result(p.exitValue(), out, err.join());
  }

  private static String read(Process p, boolean err) {
    try {
      return new String((err ? p.getErrorStream() : p.getInputStream()).readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
