package observatory.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Regular expressions compiled once and shared: {@code String.matches} compiles on every call. */
final class Rx {
  private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Rx() {
  }

  /** Whether the input starts with a match: {@code lookingAt}, without the cost of a trailing ".*". */
  static boolean startsWith(CharSequence input, String regex) {
    return CACHE.computeIfAbsent(regex, Pattern::compile).matcher(input).lookingAt();
  }

  /** Whether a match occurs anywhere in the input. */
  static boolean find(CharSequence input, String regex) {
    return CACHE.computeIfAbsent(regex, Pattern::compile).matcher(input).find();
  }

  static boolean matches(CharSequence input, String regex) {
    return CACHE.computeIfAbsent(regex, Pattern::compile).matcher(input).matches();
  }
}
