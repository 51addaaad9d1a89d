/**
 * The command line: {@code planscope extract | ingest | …}. {@link org.planscope.cli.Main#run}
 * returns an exit code; only {@code main} calls {@code System.exit}. The only package that
 * imports picocli.
 */
package org.planscope.cli;
