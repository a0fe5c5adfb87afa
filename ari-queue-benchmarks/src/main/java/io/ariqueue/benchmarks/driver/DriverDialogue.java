package io.ariqueue.benchmarks.driver;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One dialogue the driver plays: the ids go-ari-proxy would give it and the proxy that carries it.
 *
 * @author ari-queue team
 */
public final class DriverDialogue {

	private static final AtomicInteger channelNumbers = new AtomicInteger();

	private final String id;

	private final String channelId;

	private final String channel;

	private final String mode;

	private final SimulatedProxy proxy;

	DriverDialogue(SimulatedProxy proxy, String application, String mode) {
		this.id = goAriProxyUuid();
		this.channelId = "1764130000." + channelNumbers.incrementAndGet();
		this.channel = GoProxyMessages.channel(this.channelId, application, mode);
		this.mode = mode;
		this.proxy = proxy;
	}

	public String id() {
		return this.id;
	}

	public String channelId() {
		return this.channelId;
	}

	String channel() {
		return this.channel;
	}

	String mode() {
		return this.mode;
	}

	SimulatedProxy proxy() {
		return this.proxy;
	}

	String events() {
		return "events_" + this.id;
	}

	String responses() {
		return "responses_" + this.id;
	}

	String commands() {
		return "commands_" + this.id;
	}

	/**
	 * go-ari-proxy's {@code ari.UUID()}: 16 random bytes as 8-4-4-4-12 lowercase hex, no version bits.
	 */
	private static String goAriProxyUuid() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String hex = String.format("%016x%016x", random.nextLong(), random.nextLong());
		return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
				+ hex.substring(16, 20) + "-" + hex.substring(20);
	}

}
