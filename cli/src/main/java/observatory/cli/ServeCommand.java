package observatory.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import observatory.extract.Extractor;
import observatory.serve.ServeConfig;
import observatory.serve.Server;
import observatory.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code observatory serve}: the API and the dashboard over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the dashboard and the REST API (/api, documented at /api/openapi.json) over the store.")
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Mixin
  IncidentCommands.StoreOption store;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other address is a"
          + " shared install and requires sign-in.")
  String host;

  @Option(names = "--require-login", description = "Require sign-in even on 127.0.0.1.")
  boolean requireLogin;

  @Option(names = "--tiles", paramLabel = "URL",
      description = "A map tile server drawn under the governorates, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          + " (default: none; the map works offline).")
  String tiles;

  @Option(names = "--country", paramLabel = "CODE",
      description = "A country the monitor watches (repeatable), as for ingest.")
  List<String> countries = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ServeConfig config = new ServeConfig(host, port, requireLogin, Optional.ofNullable(tiles));
    Extractor extractor = ExtractCommand.extractor(store.data.dir(), countries);
    CountDownLatch stopped = new CountDownLatch(1);
    try (Store s = Store.open(store.url()); Server server = Server.start(s, extractor, config)) {
      out.println("observatory: serving " + server.url() + (server.loginRequired() ? " (sign-in required)" : "")
          + "; stop with Ctrl-C");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }));
      stopped.await();
    }
    return 0;
  }
}
