package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.planscope.Pipeline;
import org.planscope.ingest.ReadException;
import org.planscope.json.PlanJson;
import org.planscope.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    description = "Extract plans to JSON: one DIR/<file name>.json per input with --out, else"
        + " JSON Lines on stdout.",
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "plan files or folders")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", description = "write one JSON file per input here")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = new Pipeline();
    if (out != null) {
      Files.createDirectories(out);
    }
    int failed = 0;
    for (Path file : Inputs.expand(files)) {
      try {
        Plan plan = pipeline.run(file);
        if (out == null) {
          stdout.println(PlanJson.line(plan));
        } else {
          writeAtomically(out.resolve(file.getFileName() + ".json"), PlanJson.pretty(plan));
        }
      } catch (ReadException e) {
        failed++;
        err.println("error: " + e.getMessage());
      } catch (RuntimeException e) {
        failed++;
        err.println("error: " + file + ": internal error: " + e);
      }
    }
    stdout.flush();
    return failed == 0 ? 0 : 1;
  }

  static void writeAtomically(Path target, String content) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.writeString(tmp, content + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
