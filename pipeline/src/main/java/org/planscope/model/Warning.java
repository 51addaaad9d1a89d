package org.planscope.model;

/**
 * Something the pipeline could not read with confidence; listed, never hidden.
 *
 * @param code a stable UPPER_SNAKE identifier, e.g. {@code DOMAIN_INFERRED}
 * @param message a one-line human explanation
 * @param span where (see {@link Plan} for the offsets), or null for the whole document
 */
public record Warning(String code, String message, Span span) {}
