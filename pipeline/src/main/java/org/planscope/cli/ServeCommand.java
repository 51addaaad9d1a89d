package org.planscope.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.planscope.format.Lang;
import org.planscope.format.Msg;
import org.planscope.web.BackendWiring;
import org.planscope.web.WebConfig;
import org.planscope.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    description = "Serve the web page and the JSON API (search, plans, compare, audit, upload) on"
        + " http://HOST:PORT/ until stopped with Ctrl-C.",
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "port (default: 8080; 0 picks a free one)")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDR",
      description = "address to bind (default: 127.0.0.1, this machine only)")
  String host = "127.0.0.1";

  @Mixin DataOption data = new DataOption();

  @Option(names = "--solr", paramLabel = "URL",
      description = "search a Solr collection instead of DATA/index, e.g."
          + " http://localhost:8983/solr/planscope")
  String solr;

  @Option(names = "--actuals", paramLabel = "FILE",
      description = "a table of actual values (.csv or .xlsx) for the 监测 (monitoring) tab")
  Path actuals;

  @Option(names = "--max-upload-mb", paramLabel = "MB", description = "largest upload (default: 20)")
  int maxUploadMb = 20;

  @Override
  public Integer call() throws Exception {
    Lang says = Main.messages(spec);
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), Msg.PORT_RANGE.in(says, port));
    }
    if (maxUploadMb < 1 || maxUploadMb > 1024) {
      throw new ParameterException(spec.commandLine(), Msg.UPLOAD_RANGE.in(says));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (actuals != null && !java.nio.file.Files.isRegularFile(actuals)) {
      err.println(Msg.COMMAND.in(says, "serve", Msg.FILE_REASON.with("--actuals " + actuals,
          Msg.NO_SUCH_FILE)));
      return 1;
    }
    WebServer server;
    try {
      server = WebServer.start(new WebConfig(host, port, data.dir,
          (long) maxUploadMb * 1024 * 1024, BackendWiring.forData(data.dir, solr))
          .withActuals(actuals));
    } catch (BindException e) {
      err.println(Msg.COMMAND.in(says, "serve", Msg.CANNOT_LISTEN.with(host, port, e.getMessage())));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "planscope-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(Msg.PLANSCOPE.in(says, Msg.SERVING.with(server.url(), data.dir)));
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      server.close();
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
