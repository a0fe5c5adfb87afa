package io.ariqueue.test.asterisk;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Asterisk's ARI authentication: an {@code Authorization: Basic} header when there is one, otherwise the
 * {@code api_key=user:password} query parameter. A wrong Basic header is not rescued by a right
 * {@code api_key}, as in Asterisk's {@code authenticate_user}.
 *
 * @author ari-queue
 */
final class AriAuthenticator {

	private final String username;

	private final String password;

	AriAuthenticator(String username, String password) {
		this.username = username;
		this.password = password;
	}

	boolean authenticated(String authorization, Map<String, String> query) {
		if (authorization != null) {
			return basic(authorization);
		}
		String apiKey = query.get("api_key");
		return apiKey != null && matches(apiKey);
	}

	private boolean basic(String authorization) {
		String trimmed = authorization.trim();
		if (!trimmed.toLowerCase(Locale.ROOT).startsWith("basic ")) {
			return false;
		}
		try {
			byte[] decoded = Base64.getDecoder().decode(trimmed.substring("basic ".length()).trim());
			return matches(new String(decoded, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private boolean matches(String userColonPassword) {
		int colon = userColonPassword.indexOf(':');
		return colon >= 0 && userColonPassword.substring(0, colon).equals(this.username)
				&& userColonPassword.substring(colon + 1).equals(this.password);
	}

}
