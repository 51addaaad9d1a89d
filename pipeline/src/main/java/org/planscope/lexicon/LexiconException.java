package org.planscope.lexicon;

/** A data file under {@code models/} is malformed; the message is {@code file:line: reason}. */
public final class LexiconException extends RuntimeException {
  public LexiconException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
  }
}
