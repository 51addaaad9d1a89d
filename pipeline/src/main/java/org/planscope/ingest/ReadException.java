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
}
