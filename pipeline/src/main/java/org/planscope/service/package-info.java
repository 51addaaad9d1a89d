/**
 * The data folder as one service for the command line and the web: ingest a batch of files
 * (extract, publish, index), list, find and delete plans. {@code planscope ingest}, {@code delete},
 * {@code audit} and {@code export} and the web server's plan listing all reach {@code data/} here.
 */
package org.planscope.service;
