package org.planscope.cli;

import org.planscope.format.Lang;
import org.planscope.format.Message;
import org.planscope.format.Msg;
import org.planscope.service.DataFolder;
import org.planscope.service.PlanIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.planscope.Pipeline;
import org.planscope.ingest.CompositeReader;
import org.planscope.ingest.ReadException;
import org.planscope.ingest.TimeLimit;
import org.planscope.json.PlanJson;
import org.planscope.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin ReadingOptions reading = new ReadingOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang says = Main.messages(spec);
    Pipeline pipeline = new Pipeline(new CompositeReader(reading.readOptions(says)));
    if (out != null) {
      Files.createDirectories(out);
    }
    int failed = 0;
    Inputs.Expanded inputs = Inputs.expand(files);
    for (Message error : inputs.errors()) {
      failed++;
      err.println(Msg.ERROR.in(says, error));
    }
    java.util.Map<Path, PlanIds.Id> ids = PlanIds.assign(inputs.files(), (f, id) -> false);
    try (TimeLimit limit = reading.timeLimit()) {
      for (Path file : inputs.files()) {
        try {
          PlanIds.Id id = ids.get(file);
          String json = limit.run(file, () -> {
            Plan plan = pipeline.run(file).withId(id.id());
            return out == null ? PlanJson.line(plan) : PlanJson.pretty(plan);
          });
          if (out == null) {
            stdout.println(json);
          } else {
            // a name too long for the file system is shortened (see PlanIds), never fatal
            writeAtomically(out.resolve(id.jsonName()), json);
          }
        } catch (ReadException e) {
          failed++;
          err.println(Msg.ERROR.in(says, e.message()));
        } catch (IOException e) {
          failed++;
          err.println(Msg.ERROR.in(says, Msg.FILE_REASON.with(file, DataFolder.writeError(e))));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
          failed++;
          err.println(Msg.ERROR.in(says, Msg.INTERNAL_ERROR.with(file, e)));
        }
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
