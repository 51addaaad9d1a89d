/**
 * How a target is written for people: one formatter for the command line, the web page, CSV,
 * Excel and the HTML report ({@code 2030年 ≤ 12/10万}), and display widths for aligning Chinese
 * text in a terminal. The messages of the command line ({@code Msg}: errors, progress, summaries,
 * the reasons a file cannot be read), each in Chinese and English, and {@code Message}, one of them
 * with its arguments, carried up from the reading and the data folder to be written in the
 * reader's language. No third-party library.
 *
 * <p>May depend on: {@code model}, {@code lexicon} (the width fold).
 */
package org.planscope.format;
