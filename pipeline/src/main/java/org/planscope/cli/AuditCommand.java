package org.planscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.planscope.export.CsvWriter;
import org.planscope.export.ResultTables;
import org.planscope.format.Lang;
import org.planscope.audit.AuditContext;
import org.planscope.audit.AuditReport;
import org.planscope.audit.Auditor;
import org.planscope.audit.CatalogueReferenceData;
import org.planscope.audit.CsvReport;
import org.planscope.audit.HtmlReport;
import org.planscope.audit.ReferenceData;
import org.planscope.audit.TextReport;
import org.planscope.audit.TsvReferenceData;
import org.planscope.format.Msg;
import org.planscope.lexicon.LexiconException;
import org.planscope.json.AuditJson;
import org.planscope.model.Plan;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "audit",
    description = "List missing and weak target values in the plans under DATA/plans/ (written by"
        + " ingest): a text table by default, or JSON, CSV, or an HTML page.",
    mixinStandardHelpOptions = true)
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data = new DataOption();

  @Option(names = "--plan", paramLabel = "ID",
      description = "audit only this plan (its id, or a unique prefix such as 003); peers and"
          + " parents still come from every plan in the data")
  String plan;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "findings and summaries as JSON")
    boolean json;

    @Option(names = "--csv", description = "findings as CSV, one row each")
    boolean csv;

    @Option(names = "--html", paramLabel = "FILE",
        description = "write a self-contained HTML page (sortable tables) to FILE")
    Path html;
  }

  @Option(names = "--out", paramLabel = "FILE",
      description = "write the text, JSON or CSV output to FILE instead of stdout")
  Path out;

  @Option(names = "--xlsx", paramLabel = "FILE",
      description = "also write the findings to an Excel file (one row each, a header that stays"
          + " in view, filters)")
  Path xlsx;

  @Option(names = "--reference", paramLabel = "TSV",
      description = "the parent province's or city's targets, in the indicator catalogue's"
          + " format (models/catalogue/indicators.tsv: national = the parent's value, year,"
          + " milestones) or the short one (id, name, synonyms, direction, op, value, unit,"
          + " domain, year); compared for the same year as the national targets are")
  Path reference;

  @Option(names = "--reference-name", paramLabel = "NAME",
      description = "how findings name the --reference table (default: its file name)")
  String referenceName;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "language of messages, rule names and reports: zh or en (default: "
          + "PLANSCOPE_LANG's, else zh)")
  String lang;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang says = Main.messages(spec);
    if (out != null && format.html != null) {
      err.println(Msg.COMMAND.in(says, "audit", Msg.HTML_AND_OUT));
      return 2;
    }
    Lang language = Inputs.lang(lang, "audit", says, err);
    if (language == null) {
      return 2;
    }
    Path dir = data.dir.resolve("plans");
    Inputs.Plans read = Inputs.readPlans(data.dir, "audit", says, err);
    if (read == null) {
      return 1;
    }
    boolean failed = read.failed();
    List<Plan> plans = read.plans();
    if (plans.isEmpty()) {
      err.println(Msg.COMMAND.in(says, "audit", Msg.NO_PLANS_IN.with(dir, data.dir)));
      return 1;
    }
    List<Plan> audited = plans;
    if (plan != null) {
      audited = select(plans, plan);
      if (audited.size() != 1) {
        err.println(Msg.COMMAND.in(says, "audit", (audited.isEmpty() ? Msg.NO_PLAN
            : Msg.SEVERAL_PLANS).with(plan, dir, String.join(", ",
                (audited.isEmpty() ? plans : audited).stream().map(Plan::id).toList()))));
        return 1;
      }
    }
    ReferenceData parentTable = ReferenceData.NONE;
    if (reference != null) {
      try {
        parentTable = TsvReferenceData.read(reference);
      } catch (IOException | LexiconException e) {
        err.println(Msg.COMMAND.in(says, "audit",
            Msg.FILE_REASON.with("--reference " + reference, e.getMessage())));
        return 2;
      }
    }
    String label = referenceName != null ? referenceName
        : reference == null ? null : reference.getFileName().toString();
    AuditReport report = new Auditor().audit(audited,
        new AuditContext(plans, CatalogueReferenceData.load(), parentTable, label));

    if (format.html != null) {
      write(format.html, HtmlReport.render(report, language, LocalDate.now(ZoneOffset.UTC),
          data.dir.toAbsolutePath().normalize().toString()));
      stdout.println(Msg.WROTE_AUDIT.in(says, format.html, report.plans().size(),
          report.findings().size()));
    } else {
      String text = format.json ? AuditJson.pretty(report, language) + "\n"
          : format.csv ? CsvWriter.BOM + CsvReport.render(report, language) : TextReport.render(report, language);
      if (out != null) {
        write(out, text);
      } else {
        stdout.print(text);
      }
    }
    if (xlsx != null) {
      XlsxFiles.write(xlsx, List.of(ResultTables.audit(report, language)));
      err.println(Msg.COMMAND.in(says, "audit", Msg.WROTE.with(xlsx)));
    }
    stdout.flush();
    return failed ? 1 : 0;
  }

  /** The plan with this id, else the plans whose id starts with it. */
  static List<Plan> select(List<Plan> plans, String id) {
    List<Plan> exact = plans.stream().filter(p -> p.id().equals(id)).toList();
    return !exact.isEmpty() ? exact : plans.stream().filter(p -> p.id().startsWith(id)).toList();
  }

  private static void write(Path file, String content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, content, java.nio.charset.StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
