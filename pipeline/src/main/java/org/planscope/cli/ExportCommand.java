package org.planscope.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.planscope.format.Lang;
import org.planscope.format.Msg;
import org.planscope.index.SearchDocument;
import org.planscope.json.PlanJsonReader;
import org.planscope.json.SearchJson;
import org.planscope.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    description = {
        "Write the search documents of the plans under DATA/plans/ for another search engine:",
        "one JSON object a line, with the fields of the Solr configset's schema (see README for"
            + " the OpenSearch/Elasticsearch mapping). A field with one value is a string, one"
            + " with several an array."},
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (the only format)",
      required = true)
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write here (default: stdout)")
  Path outFile;

  @Mixin DataOption data = new DataOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Lang says = Main.messages(spec);
    if (!"jsonl".equals(format)) {
      err.println(Msg.COMMAND.in(says, "export", Msg.UNKNOWN_EXPORT_FORMAT.with(format)));
      return 2;
    }
    List<Path> files = Inputs.planFiles(data.dir, "export", says, err);
    if (files == null) {
      return 1;
    }
    boolean failed = false;
    long lines = 0;
    Writer w = outFile == null ? spec.commandLine().getOut()
        : new OutputStreamWriter(Files.newOutputStream(outFile), StandardCharsets.UTF_8);
    try {
      for (Path f : files) {
        Plan plan;
        try {
          plan = PlanJsonReader.read(f);
        } catch (IOException | PlanJsonReader.FormatException e) {
          failed = true;
          err.println(Msg.ERROR.in(says, Msg.FILE_REASON.with(f, e.getMessage())));
          continue;
        }
        for (SearchDocument d : SearchDocument.of(plan)) {
          w.write(SearchJson.document(d));
          w.write('\n');
          lines++;
        }
      }
    } finally {
      w.flush();
      if (outFile != null) {
        w.close();
      }
    }
    err.println(Msg.COMMAND.in(says, "export", Msg.EXPORTED.with(lines, files.size())));
    return failed ? 1 : 0;
  }
}
