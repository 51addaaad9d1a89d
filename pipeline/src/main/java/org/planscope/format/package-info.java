/**
 * How a target is written for people: one formatter for the command line, the web page, CSV,
 * Excel and the HTML report ({@code 2030年 ≤ 12/10万}), and display widths for aligning Chinese
 * text in a terminal. Depends on the model only; no third-party library.
 */
package org.planscope.format;
