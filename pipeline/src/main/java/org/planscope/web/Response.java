package org.planscope.web;

import java.nio.charset.StandardCharsets;
import org.planscope.json.ApiJson;

/** A whole response, built before anything is sent, so a failure never leaves half an answer. */
record Response(int status, String contentType, byte[] body, String allow) {
  static final String JSON = "application/json; charset=utf-8";

  static Response json(int status, String json) {
    return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8), null);
  }

  static Response ok(String json) {
    return json(200, json);
  }

  static Response error(int status, String message) {
    return json(status, ApiJson.error(message));
  }

  /** 405 with the methods that are allowed. */
  static Response methodNotAllowed(String allow) {
    Response r = error(405, "method not allowed (use " + allow + ")");
    return new Response(r.status, r.contentType, r.body, allow);
  }
}
