package observatory.cli;

/** Entry point of the runnable jar. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    System.err.println("observatory: not yet wired");
    System.exit(2);
  }
}
