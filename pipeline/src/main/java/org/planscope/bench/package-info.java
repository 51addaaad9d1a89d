/**
 * The stage benchmark behind {@code planscope bench}: times read, normalise, outline, extract,
 * JSON and (when plugged in) index per stage, next to HanLP segmentation of the same normalised
 * text as the floor, on the corpus and on generated variants of it, on one thread and on all
 * cores. Uses only our own stage classes; the index and query stages are hooks ({@link
 * org.planscope.bench.IndexStageFactory}) that the command line fills in, so that this package
 * imports neither the index nor its library.
 *
 * <p>May depend on: the stages ({@code ingest}, {@code text}, {@code structure}, {@code extract},
 * {@code json}, the root {@code Pipeline}) and {@code model}; never on {@code index}, {@code web}
 * or {@code cli}. Nothing in the product imports it but {@code cli}, which hands it the index
 * stage.
 */
package org.planscope.bench;
