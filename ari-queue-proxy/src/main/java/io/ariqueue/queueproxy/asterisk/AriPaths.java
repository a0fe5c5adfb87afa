package io.ariqueue.queueproxy.asterisk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the paths of the requests the proxy makes to Asterisk itself.
 *
 * @author ari-queue team
 */
public final class AriPaths {

	private AriPaths() {
	}

	/**
	 * Encode an id as one path segment: a space becomes {@code %20}, a slash {@code %2F}.
	 * @param id the id
	 * @return the encoded segment
	 */
	public static String segment(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
