package org.planscope.format;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A message of the catalogue with its arguments, not yet written in a language: what a reason
 * deep in the reading or the data folder carries up to the terminal (Chinese or English) and to
 * the web API (English).
 */
public record Message(Msg key, List<Object> args) {
  public Message {
    args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
  }

  Message(Msg key, Object[] args) {
    this(key, Arrays.asList(args));
  }

  /** The message in {@code lang}. */
  public String in(Lang lang) {
    return key.in(lang, args.toArray());
  }

  /** The English, as a log, an exception's message or the web API writes it. */
  @Override
  public String toString() {
    return in(Lang.EN);
  }

  /** A failure that can say why in either language. */
  public interface Carrier {
    Message message();
  }
}
