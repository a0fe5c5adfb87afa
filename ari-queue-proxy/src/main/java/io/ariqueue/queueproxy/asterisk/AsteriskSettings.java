package io.ariqueue.queueproxy.asterisk;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Where Asterisk's ARI is and how to talk to it.
 *
 * @param url the ARI root, for example {@code http://127.0.0.1:8088/ari}
 * @param username the ARI user
 * @param password the ARI user's password
 * @param applications the Stasis applications whose events to take
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer to a request
 * @param reconnectInitialDelay the first wait before reconnecting the WebSocket
 * @param reconnectMaxDelay the longest wait before reconnecting the WebSocket
 * @param pingInterval how long the WebSocket may be silent before a ping, {@link Duration#ZERO} for no
 * pings
 * @param pongTimeout how long to wait for an answer to a ping before the WebSocket is taken as lost
 * @author ari-queue team
 */
public record AsteriskSettings(URI url, String username, String password, List<String> applications,
		Duration connectTimeout, Duration requestTimeout, Duration reconnectInitialDelay, Duration reconnectMaxDelay,
		Duration pingInterval, Duration pongTimeout) {

	/**
	 * The events WebSocket address for the applications.
	 * @return the URI
	 */
	public URI eventsUri() {
		String base = this.url.toString();
		base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		String scheme = base.startsWith("https:") ? "wss:" + base.substring("https:".length())
				: "ws:" + base.substring(base.indexOf(':') + 1);
		List<String> encoded = this.applications.stream()
			.map((application) -> URLEncoder.encode(application, StandardCharsets.UTF_8))
			.toList();
		return URI.create(scheme + "/events?app=" + String.join(",", encoded) + "&subscribeAll=false");
	}

}
