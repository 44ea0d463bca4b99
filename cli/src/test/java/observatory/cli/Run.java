package observatory.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One command line run in-process ({@link Main#execute}): its exit code, standard output and standard error. */
record Run(int code, String out, String err) {

  static Run of(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), stdin);
    return new Run(code, out.toString(), err.toString());
  }

  /** With nothing on standard input. */
  static Run of(String... args) {
    return of(new ByteArrayInputStream(new byte[0]), args);
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
