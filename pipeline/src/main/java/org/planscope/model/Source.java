package org.planscope.model;

/**
 * Where a plan came from.
 *
 * @param path the path as given by the user
 * @param fileName the file name alone (the key the evaluation matches on)
 * @param sha256 hex digest of the file's bytes
 * @param mediaType the detected media type, e.g. {@code text/plain; charset=GB18030}
 * @param bytes the file size
 */
public record Source(String path, String fileName, String sha256, String mediaType, long bytes) {}
