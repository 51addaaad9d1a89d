package org.planscope.monitor;

/**
 * A row of the actuals table that was not used, with the reason (Chinese): no plan region, no
 * catalogue indicator, no target of that region for it, a unit that cannot be converted, a value
 * that is no number.
 *
 * @param row the row as written
 * @param kind {@code unmatched} (names nothing the plans hold) or {@code refused} (matched, but its
 *     value cannot be used)
 * @param reason why
 */
public record RowIssue(ActualRow row, String kind, String reason) {
  public static final String UNMATCHED = "unmatched";
  public static final String REFUSED = "refused";
}
