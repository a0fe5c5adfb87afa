package io.ariqueue.proxy.amqp;

import java.util.Collections;
import java.util.Map;

/**
 * The flags and arguments of a queue declaration. They must equal what the proxy declares, or
 * RabbitMQ refuses the declaration with {@code 406 PRECONDITION_FAILED} and closes the channel.
 *
 * @param durable whether the queue survives a broker restart
 * @param exclusive whether the queue belongs to one connection
 * @param autoDelete whether the queue goes when its last consumer goes
 * @param messageTtl the {@code x-message-ttl} argument in milliseconds, or {@code null} for none
 * @author ari-queue team
 */
public record QueueSettings(boolean durable, boolean exclusive, boolean autoDelete, Integer messageTtl) {

	/**
	 * The declaration arguments: {@code x-message-ttl} as a 32-bit integer, as the C# proxy sends
	 * it, where a TTL is set.
	 * @return the arguments, empty where there are none
	 */
	public Map<String, Object> arguments() {
		return (this.messageTtl != null) ? Map.of("x-message-ttl", this.messageTtl) : Collections.emptyMap();
	}

	/**
	 * These settings without a message TTL.
	 * @return the settings
	 */
	public QueueSettings withoutTtl() {
		return new QueueSettings(this.durable, this.exclusive, this.autoDelete, null);
	}

}
