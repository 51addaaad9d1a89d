/**
 * Tables for spreadsheets: search hits, compare rows, audit findings and the plan list as
 * {@link org.planscope.export.Table}s, written as Excel (.xlsx, through Apache POI, whose workbooks only
 * this package imports) or as CSV with a byte-order mark so Excel on Chinese Windows reads UTF-8.
 *
 * <p>May depend on: {@code format}, {@code audit}, {@code index}, {@code json} (the results it
 * tabulates) and POI. Never on {@code web}, {@code cli} or {@code bench}.
 */
package org.planscope.export;
