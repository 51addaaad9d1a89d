package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.planscope.index.IndexLockedException;
import org.planscope.index.IndexUpdater;
import org.planscope.json.PlanJsonReader;
import org.planscope.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "delete",
    description = {
        "Delete a plan from DATA: its documents leave the search index in one commit, then its"
            + " JSON is removed from DATA/plans.",
        "The source file is not touched; ingesting a folder that still holds it brings it back."},
    mixinStandardHelpOptions = true)
final class DeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "the plan's id, or a unique prefix such as 003")
  String id;

  @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: data)")
  Path data = Path.of("data");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = data.resolve("plans");
    if (!Files.isDirectory(dir)) {
      err.println("planscope delete: no folder " + dir);
      return 1;
    }
    List<Map.Entry<Path, Plan>> plans = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        try {
          plans.add(Map.entry(f, PlanJsonReader.read(f)));
        } catch (IOException | PlanJsonReader.FormatException e) {
          err.println("error: " + f + ": " + e.getMessage());
        }
      }
    }
    List<Map.Entry<Path, Plan>> hit = plans.stream().filter(e -> e.getValue().id().equals(id)).toList();
    if (hit.isEmpty()) {
      hit = plans.stream().filter(e -> e.getValue().id().startsWith(id)).toList();
    }
    if (hit.size() != 1) {
      err.println("planscope delete: " + (hit.isEmpty() ? "no plan " : "several plans match ") + id
          + " in " + dir + " (ids: " + String.join(", ", (hit.isEmpty() ? plans : hit).stream()
              .map(e -> e.getValue().id()).toList()) + ")");
      return 1;
    }
    Path file = hit.get(0).getKey();
    Plan plan = hit.get(0).getValue();
    Path index = data.resolve("index");
    if (Files.isDirectory(index)) {
      try (IndexUpdater updater = IndexUpdater.open(index)) {
        updater.remove(Path.of(plan.source().path()));
        updater.commit();
      } catch (IndexLockedException e) {
        err.println("planscope delete: " + e.getMessage());
        return 1;
      }
    }
    Files.delete(file);
    out.println("deleted " + plan.id() + (plan.title() == null ? "" : " (" + plan.title() + ")"));
    out.flush();
    return 0;
  }
}
