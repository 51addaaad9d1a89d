package org.planscope.ingest;

import java.nio.file.Path;
import org.planscope.format.Lang;
import org.planscope.format.Message;
import org.planscope.format.Msg;

/**
 * A file could not be read; the message names the file, the reason and, where useful, a hint.
 * The reason and the hint are messages of the catalogue: the command line writes them in the
 * user's language, {@link #getMessage}, {@link #reason} and {@link #hint} are the English.
 */
public final class ReadException extends Exception implements Message.Carrier {
  private final Path path;
  private final Message reason;
  private final Message hint;

  public ReadException(Path path, Message reason, Message hint, Throwable cause) {
    super(line(path, reason, hint).in(Lang.EN), cause);
    this.path = path;
    this.reason = reason;
    this.hint = hint;
  }

  public ReadException(Path path, Message reason) {
    this(path, reason, null, null);
  }

  private static Message line(Path path, Message reason, Message hint) {
    return hint == null ? Msg.FILE_REASON.with(path, reason)
        : Msg.FILE_REASON_HINT.with(path, reason, hint);
  }

  public Path path() {
    return path;
  }

  /** The reason, in English. */
  public String reason() {
    return reason.in(Lang.EN);
  }

  /** The hint in English, or null. */
  public String hint() {
    return hint == null ? null : hint.in(Lang.EN);
  }

  /** {@code FILE: reason (hint)}, to be written in the reader's language. */
  @Override
  public Message message() {
    return line(path, reason, hint);
  }

  static ReadException corrupt(Path path, Throwable e) {
    // one line: a StAX message reads "ParseError at [row,col]:[1,13]\nMessage: …"
    String m = String.valueOf(rootMessage(e)).replaceAll("\\s*\\R\\s*(Message:\\s*)?", ": ").strip();
    return new ReadException(path, Msg.CANNOT_PARSE.with(m),
        Msg.CORRUPT_OR_MISNAMED.with(FileBytes.extension(path)), e);
  }

  static ReadException passwordProtected(Path path, Throwable cause) {
    return new ReadException(path, Msg.PASSWORD_PROTECTED.with(), Msg.SAVE_UNPROTECTED.with(), cause);
  }

  static ReadException mixedEncodings(Path path, TextDecoder.Decoded d) {
    return new ReadException(path, d.problem(), Msg.FIX_GARBLED.with(), null);
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
