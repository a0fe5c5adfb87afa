package io.ariqueue.proxy.dialogue;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes command correlation ids: 32 lowercase hex digits, as AsterNET.ARI.Middleware.Queue sends,
 * from a random per-instance prefix and a counter, so that ids are unique across instances
 * without a random draw per command.
 *
 * @author ari-queue team
 */
final class CommandIds {

	private final String prefix;

	private final AtomicLong counter = new AtomicLong();

	CommandIds() {
		byte[] random = new byte[8];
		new SecureRandom().nextBytes(random);
		this.prefix = HexFormat.of().formatHex(random);
	}

	String next() {
		return this.prefix + HexFormat.of().toHexDigits(this.counter.incrementAndGet());
	}

	/**
	 * Whether this instance made an id.
	 * @param id an id from a response
	 * @return whether it is one of ours
	 */
	boolean issued(String id) {
		if (id.length() != 32 || !id.startsWith(this.prefix)) {
			return false;
		}
		try {
			long number = HexFormat.fromHexDigitsToLong(id, 16, 32);
			return number > 0 && number <= this.counter.get();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
