package io.ariqueue.test.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code queue.declare} flags and arguments the simulated proxy uses for one kind of queue.
 *
 * @param durable whether the queue survives a broker restart
 * @param exclusive whether only the declaring connection may use it
 * @param autoDelete whether it is deleted when its last consumer goes
 * @param arguments the {@code x-} arguments, e.g. {@code x-message-ttl} as an {@link Integer}
 * @author ari-queue
 */
public record QueueOptions(boolean durable, boolean exclusive, boolean autoDelete, Map<String, Object> arguments) {

	/**
	 * Create options.
	 * @param durable whether durable
	 * @param exclusive whether exclusive
	 * @param autoDelete whether auto-delete
	 * @param arguments the arguments
	 */
	public QueueOptions {
		arguments = Map.copyOf(arguments);
	}

	/**
	 * Options with no arguments.
	 * @param durable whether durable
	 * @param exclusive whether exclusive
	 * @param autoDelete whether auto-delete
	 * @return the options
	 */
	public static QueueOptions of(boolean durable, boolean exclusive, boolean autoDelete) {
		return new QueueOptions(durable, exclusive, autoDelete, Map.of());
	}

	/**
	 * go-ari-proxy's flags for every queue: durable, not exclusive, not auto-delete, no arguments.
	 * @return the options
	 */
	public static QueueOptions goAriProxy() {
		return of(true, false, false);
	}

	/**
	 * These options plus one argument.
	 * @param name the argument name
	 * @param value the argument value (mind its AMQP type: {@link Integer} is a signed 32-bit field)
	 * @return new options
	 */
	public QueueOptions withArgument(String name, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(this.arguments);
		copy.put(name, value);
		return new QueueOptions(this.durable, this.exclusive, this.autoDelete, copy);
	}

	/**
	 * These options with {@code x-message-ttl} as an {@link Integer}, as AsterNET-ARI-Proxy sends it.
	 * @param ttlMillis the TTL in milliseconds
	 * @return new options
	 */
	public QueueOptions withMessageTtl(int ttlMillis) {
		return withArgument("x-message-ttl", ttlMillis);
	}

	Map<String, Object> argumentsOrNull() {
		return this.arguments.isEmpty() ? null : this.arguments;
	}

}
