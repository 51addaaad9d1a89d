/**
 * Lexicons: the data files under {@code models/} (on the class path as {@code /models/…}) read
 * into memory. Tab-separated, UTF-8, one header line, {@code #} comments; a malformed line fails
 * fast with {@code file:line}. No third-party imports.
 *
 * <p>May depend on: nothing but the JDK (the bottom layer, beside {@code model}; {@code
 * LayeringTest}).
 */
package org.planscope.lexicon;
