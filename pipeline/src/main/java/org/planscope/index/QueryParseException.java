package org.planscope.index;

/** A query or {@code --where} filter that cannot be read; the message is one line for the user. */
public final class QueryParseException extends Exception {
  private static final long serialVersionUID = 1L;

  QueryParseException(String message) {
    super(message);
  }
}
