package io.ariqueue.queueproxy.config;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import io.ariqueue.queueproxy.AriQueueProxy;
import io.ariqueue.queueproxy.ConnectionStatus;

/**
 * The proxy's health: whether it holds Asterisk's events WebSocket, and whether it is connected
 * to the broker. Either one down makes the proxy down: without the WebSocket no call reaches the
 * clients, without the broker no command reaches Asterisk.
 *
 * @author ari-queue team
 */
public final class ProxyHealthIndicators {

	private ProxyHealthIndicators() {
	}

	private static Health.Builder of(ConnectionStatus status) {
		Health.Builder builder = status.connected() ? Health.up() : Health.down();
		if (status.lastProblem() != null) {
			builder.withDetail("problem", status.lastProblem());
		}
		if (status.lastLost() != null) {
			builder.withDetail("lastLost", status.lastLost().toString());
		}
		return builder;
	}

	/**
	 * Up while the events WebSocket is open. Details: the applications, the active dialogues,
	 * why it is down and when it was last lost.
	 */
	public static final class Asterisk implements HealthIndicator {

		private final AriQueueProxy proxy;

		Asterisk(AriQueueProxy proxy) {
			this.proxy = proxy;
		}

		@Override
		public Health health() {
			return of(this.proxy.asteriskStatus()).withDetail("applications", this.proxy.applications())
				.withDetail("activeDialogues", this.proxy.dialogues().activeDialogues())
				.build();
		}

	}

	/**
	 * Up while the broker connection is open. Details: the events waiting for it, the queues
	 * waiting for deletion, why it is down and when it was last lost.
	 */
	public static final class Broker implements HealthIndicator {

		private final AriQueueProxy proxy;

		Broker(AriQueueProxy proxy) {
			this.proxy = proxy;
		}

		@Override
		public Health health() {
			return of(this.proxy.brokerStatus()).withDetail("bufferedEvents", this.proxy.bufferedEvents())
				.withDetail("queuesAwaitingDeletion", this.proxy.queuesAwaitingDeletion())
				.build();
		}

	}

}
