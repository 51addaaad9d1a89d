package org.planscope.index;

import java.io.IOException;
import org.planscope.format.Lang;
import org.planscope.format.Message;

/** There is no index to search, or it was built with another analysis; the message says what to run. */
public final class IndexUnusableException extends IOException implements Message.Carrier {
  private static final long serialVersionUID = 1L;
  private final transient Message message;

  IndexUnusableException(Message message) {
    super(message.in(Lang.EN));
    this.message = message;
  }

  @Override
  public Message message() {
    return message;
  }
}
