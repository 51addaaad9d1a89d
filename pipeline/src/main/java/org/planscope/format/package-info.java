/**
 * How a target is written for people: one formatter for the command line, the web page, CSV,
 * Excel and the HTML report ({@code 2030年 ≤ 12/10万}), and display widths for aligning Chinese
 * text in a terminal. No third-party library.
 *
 * <p>May depend on: {@code model}, {@code lexicon} (the width fold).
 */
package org.planscope.format;
