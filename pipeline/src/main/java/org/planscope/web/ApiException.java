package org.planscope.web;

/**
 * A request that cannot be answered, with the HTTP status and a message for the person using the
 * page. The server turns it into {@code {"error": message}} with that status. Backends throw it
 * for bad parameters (400) or an unavailable index (501); any other exception becomes a 500
 * without details.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
