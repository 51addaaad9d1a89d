package org.planscope.ingest;

/**
 * What a file's first bytes say it is ({@link Sniffer#sniff}); picks the format's own Tika
 * parser. {@link #TEXT} for plain-text types, whose bytes are not sniffed (a plan may begin with
 * bytes that look like a DOS executable).
 */
public enum Format { TEXT, PDF, RTF, OLE2, OOXML, HTML, OTHER }
