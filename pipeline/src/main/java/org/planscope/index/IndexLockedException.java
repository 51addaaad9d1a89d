package org.planscope.index;

import java.nio.file.Path;
import org.planscope.format.Lang;
import org.planscope.format.Message;
import org.planscope.format.Msg;

/** Another process (an ingest still running) holds the index's {@code write.lock}. */
public final class IndexLockedException extends Exception implements Message.Carrier {
  private static final long serialVersionUID = 1L;
  private final transient Message message;

  IndexLockedException(Path dir, Throwable cause) {
    this(Msg.INDEX_LOCKED.with(dir, dir.resolve("write.lock")), cause);
  }

  private IndexLockedException(Message message, Throwable cause) {
    super(message.in(Lang.EN), cause);
    this.message = message;
  }

  @Override
  public Message message() {
    return message;
  }
}
