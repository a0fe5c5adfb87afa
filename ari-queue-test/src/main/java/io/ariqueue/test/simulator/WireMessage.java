package io.ariqueue.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.rabbitmq.client.AMQP;

/**
 * One AMQP message the simulated proxy published or consumed, exactly as it crossed the wire.
 *
 * @param direction whether the proxy published or consumed it
 * @param exchange the exchange ({@code ""}, the default exchange, for everything the proxies publish)
 * @param queue the queue: the routing key when published, the consumed queue otherwise
 * @param payload the body bytes
 * @param properties the AMQP basic properties (all fields {@code null} when published without properties)
 * @param at when it crossed the wire
 * @author ari-queue
 */
public record WireMessage(Direction direction, String exchange, String queue, byte[] payload,
		AMQP.BasicProperties properties, Instant at) {

	/**
	 * The body as UTF-8 text.
	 * @return the text
	 */
	public String body() {
		return new String(this.payload, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return this.direction + " " + this.queue + " " + body();
	}

	/**
	 * Which way a message crossed the wire, seen from the proxy.
	 */
	public enum Direction {

		/** The proxy published it. */
		PUBLISHED,

		/** The proxy consumed it. */
		CONSUMED

	}

}
