package observatory.lexicon;

/** A data file row that cannot be read; the message names the file, the line and the row. */
public final class LexiconFormatException extends IllegalArgumentException {
  private final String file;
  private final int line;

  LexiconFormatException(String file, int line, String row, String problem) {
    super(file + " line " + line + ": " + problem + " (row: '" + row.replace("\t", "\\t") + "')");
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** 1-based line number in the file. */
  public int line() {
    return line;
  }
}
