package observatory.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import observatory.serve.Accounts;
import observatory.serve.Role;
import observatory.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Accounts of a shared install: {@code user add NAME --role R} and {@code token create NAME}. */
final class UserCommands {
  private UserCommands() {
  }

  @Command(name = "user", mixinStandardHelpOptions = true, description = "Accounts of a shared install.",
      subcommands = {CommandLine.HelpCommand.class})
  static final class User implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Adds an account; its password is the first line of standard input (8 to 72 characters).")
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    IncidentCommands.StoreOption store;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, analyst or admin.")
    String role;

    @Parameters(paramLabel = "NAME", description = "The user name.")
    String name;

    private final InputStream stdin;

    Add(InputStream stdin) {
      this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
      Role r = Role.of(role);
      String password = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
      if (password == null) {
        throw new IllegalArgumentException("no password on standard input; pipe it in: echo PASSWORD | observatory user add "
            + name + " --role " + r.label());
      }
      try (Store s = Store.open(store.url())) {
        new Accounts(s).addUser(name, r, password);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("user " + name + " added (" + r.label() + ")");
      out.flush();
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens for scripts.",
      subcommands = {CommandLine.HelpCommand.class})
  static final class Token implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Creates an API token acting as NAME and prints it; it is shown only this once.")
  static final class Create implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    IncidentCommands.StoreOption store;

    @Parameters(paramLabel = "NAME", description = "The user the token acts as.")
    String name;

    @Override
    public Integer call() {
      String token;
      try (Store s = Store.open(store.url())) {
        token = new Accounts(s).createToken(name);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(token);
      out.flush();
      return 0;
    }
  }
}
