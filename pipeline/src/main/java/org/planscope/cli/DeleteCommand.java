package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.planscope.format.Lang;
import org.planscope.format.Msg;
import org.planscope.index.IndexLockedException;
import org.planscope.model.Plan;
import org.planscope.service.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

  @Mixin DataOption data = new DataOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DataFolder folder = DataFolder.at(data.dir);
    Lang says = Main.messages(spec);
    try {
      DataFolder.Published hit = folder.find(id, line -> err.println(Msg.ERROR.in(says, line)));
      folder.delete(hit);
      Plan plan = hit.plan();
      out.println(plan.title() == null ? Msg.DELETED.in(says, plan.id())
          : Msg.DELETED_TITLED.in(says, plan.id(), plan.title()));
      out.flush();
      return 0;
    } catch (DataFolder.Problem e) {
      err.println(Msg.COMMAND.in(says, "delete", e.message()));
      return 1;
    } catch (IndexLockedException e) {
      err.println(Msg.COMMAND.in(says, "delete", e.message()));
      return 1;
    }
  }
}
