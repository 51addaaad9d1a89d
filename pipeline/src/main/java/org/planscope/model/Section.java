package org.planscope.model;

/**
 * A chapter or part that is not a development domain.
 *
 * @param kind what the section is for
 * @param heading the heading as printed
 * @param span the section's whole extent, heading included (see {@link Plan} for the offsets)
 */
public record Section(SectionKind kind, String heading, Span span) {}
