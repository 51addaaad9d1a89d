package org.planscope.ingest;

import java.nio.file.Path;

/** A file could not be read; the message names the file, the reason and, where useful, a hint. */
public final class ReadException extends Exception {
  private final Path path;
  private final String reason;
  private final String hint;

  public ReadException(Path path, String reason, String hint, Throwable cause) {
    super(path + ": " + reason + (hint == null ? "" : " (" + hint + ")"), cause);
    this.path = path;
    this.reason = reason;
    this.hint = hint;
  }

  public ReadException(Path path, String reason) {
    this(path, reason, null, null);
  }

  public Path path() {
    return path;
  }

  public String reason() {
    return reason;
  }

  public String hint() {
    return hint;
  }

  static ReadException corrupt(Path path, Throwable e) {
    // one line: a StAX message reads "ParseError at [row,col]:[1,13]\nMessage: …"
    String m = String.valueOf(rootMessage(e)).replaceAll("\\s*\\R\\s*(Message:\\s*)?", ": ").strip();
    return new ReadException(path, "cannot parse: " + m,
        "the file may be corrupt or truncated, or not of the type its name ."
            + FileBytes.extension(path) + " says", e);
  }

  static ReadException passwordProtected(Path path, Throwable cause) {
    return new ReadException(path, "the document is password-protected",
        "save an unprotected copy and try again", cause);
  }

  static ReadException mixedEncodings(Path path, TextDecoder.Decoded d) {
    return new ReadException(path, d.problem(), "part of it would come out garbled; open it in an"
        + " editor, fix the garbled part and save it all as UTF-8", null);
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
