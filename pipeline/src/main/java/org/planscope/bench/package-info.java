/**
 * The stage benchmark behind {@code planscope bench}: times read, normalise, outline, extract,
 * JSON and (when plugged in) index per stage, next to HanLP segmentation of the same normalised
 * text as the floor, on the corpus and on generated variants of it, on one thread and on all
 * cores. Uses only our own stage classes; the index and query stages are hooks ({@link
 * org.planscope.bench.IndexStageFactory}, found with {@link java.util.ServiceLoader}) so that this
 * package imports no index library.
 */
package org.planscope.bench;
