/**
 * The web page and the JSON API of {@code planscope serve}: the JDK's {@code HttpServer}, no
 * framework. {@link org.planscope.web.WebServer} serves the static page from
 * {@code /web/} on the class path and the API under {@code /api/}; search, compare and audit are
 * answered by the {@link org.planscope.web.Backends} it is given (wired in
 * {@link org.planscope.web.BackendWiring}). Every request is bounded, every error is a JSON
 * object with a 4xx/5xx status, and no path from a request reaches the file system.
 *
 * <p>May depend on: every product package but {@code cli} and {@code bench}, and the JDK's HTTP
 * server.
 */
package org.planscope.web;
