/**
 * The command line: {@code planscope extract | ingest | …}. {@link org.planscope.cli.Main#run}
 * returns an exit code; only {@code main} calls {@code System.exit}. The only package that
 * imports picocli. The usage help is Chinese ({@code help_zh.properties}) unless the environment
 * variable {@code PLANSCOPE_LANG} is {@code en}.
 *
 * <p>May depend on: every package; it is the composition root (the only importer of {@code bench},
 * which it wires to the index in {@code BenchCommand} / {@code BenchIndexStage}) and picocli.
 */
package org.planscope.cli;
