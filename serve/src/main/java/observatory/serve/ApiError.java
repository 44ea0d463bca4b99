package observatory.serve;

import java.util.Optional;

/**
 * A request the API refuses, sent as {@code {"error": {"status", "code", "message", "field"}}}.
 * The message is for people and names the input and the fault; {@code code} is for programs.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String code;
  final Optional<String> field;

  ApiError(int status, String code, String message, String field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = Optional.ofNullable(field);
  }

  static ApiError badRequest(String field, String message) {
    return new ApiError(400, "invalid", message, field);
  }

  static ApiError notFound(String what) {
    return new ApiError(404, "not_found", what, null);
  }

  static ApiError unauthorized(String message) {
    return new ApiError(401, "unauthorized", message, null);
  }

  static ApiError forbidden(String code, String message) {
    return new ApiError(403, code, message, null);
  }
}
