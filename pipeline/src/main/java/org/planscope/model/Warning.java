package org.planscope.model;

import java.util.List;

/**
 * Something the pipeline could not read with confidence; listed, never hidden.
 *
 * @param code a stable UPPER_SNAKE identifier, e.g. {@code DOMAIN_INFERRED}
 * @param message a one-line explanation in English (logs, JSON)
 * @param span where (see {@link Plan} for the offsets), or null for the whole document
 * @param args the message's variable parts in order (names, numbers, as printed), from which a
 *     report writes the explanation in its own language (the audit's {@code warning.CODE.N}
 *     message, N the number of arguments); empty when the code's name says it all
 */
public record Warning(String code, String message, Span span, List<String> args) {
  public Warning {
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** A warning without arguments. */
  public Warning(String code, String message, Span span) {
    this(code, message, span, List.of());
  }

  /** The same warning with its span mapped. */
  public Warning withSpan(Span s) {
    return new Warning(code, message, s, args);
  }
}
