/**
 * The pipeline's entry points: {@link org.planscope.Pipeline} runs read → normalise → structure
 * → extract on one file, and {@link org.planscope.BuildId} names the build of the code and
 * {@code models/} that produced a plan.
 *
 * <p>May depend on: the stages ({@code ingest}, {@code text}, {@code structure}, {@code
 * extract}) and {@code model}; never on the packages that read plans ({@code index}, {@code
 * audit}, {@code json}, {@code export}, {@code web}, {@code cli}, {@code bench}). No package
 * cycle runs through it ({@code LayeringTest}).
 */
package org.planscope;
