package io.ariqueue.queueproxy.config;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import io.ariqueue.queueproxy.AriQueueProxy;

/**
 * The proxy's health: whether it holds Asterisk's events WebSocket, and whether it is connected
 * to the broker.
 *
 * @author ari-queue team
 */
public final class ProxyHealthIndicators {

	private ProxyHealthIndicators() {
	}

	/**
	 * Up while the events WebSocket is open.
	 */
	public static final class Asterisk implements HealthIndicator {

		private final AriQueueProxy proxy;

		Asterisk(AriQueueProxy proxy) {
			this.proxy = proxy;
		}

		@Override
		public Health health() {
			Health.Builder builder = this.proxy.isAsteriskConnected() ? Health.up() : Health.down();
			return builder.withDetail("dialogues", this.proxy.dialogues().activeDialogues()).build();
		}

	}

	/**
	 * Up while the broker connection is open.
	 */
	public static final class Broker implements HealthIndicator {

		private final AriQueueProxy proxy;

		Broker(AriQueueProxy proxy) {
			this.proxy = proxy;
		}

		@Override
		public Health health() {
			return (this.proxy.isBrokerConnected() ? Health.up() : Health.down()).build();
		}

	}

}
