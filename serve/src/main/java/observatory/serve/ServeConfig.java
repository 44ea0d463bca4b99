package observatory.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * How the server runs.
 *
 * @param host the address to listen on; 127.0.0.1 (the default) keeps it to this machine
 * @param port the port; 0 picks a free one
 * @param requireLogin sign-in required even on 127.0.0.1
 * @param tileUrl a map tile server ({@code https://tile.example.org/{z}/{x}/{y}.png}) drawn under the
 *     governorates for users online; empty: the map draws the bundled outlines only, offline
 */
public record ServeConfig(String host, int port, boolean requireLogin, Optional<String> tileUrl) {
  public ServeConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("no host to listen on; use 127.0.0.1 (this machine) or 0.0.0.0 (all)");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is out of range 0-65535");
    }
    tileUrl.ifPresent(u -> {
      if (!u.startsWith("https://") && !u.startsWith("http://")) {
        throw new IllegalArgumentException("tile URL '" + u + "' is not an http(s) URL");
      }
    });
  }

  public static ServeConfig local(int port) {
    return new ServeConfig("127.0.0.1", port, false, Optional.empty());
  }

  /** Whether the host is this machine only (a loopback address). */
  public boolean loopback() {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve host '" + host + "'", e);
    }
  }
}
