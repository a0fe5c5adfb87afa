package io.ariqueue.proxy.amqp;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.impl.recovery.AutorecoveringChannel;
import com.rabbitmq.client.impl.recovery.AutorecoveringConnection;
import com.rabbitmq.client.impl.recovery.RecoveryAwareChannelN;

/**
 * The one place where ari-queue uses amqp-client's implementation classes, for two things that
 * its public API does not offer: telling a delivery made before a connection recovery from one
 * made after it, and keeping a queue out of the next recovery. Neither is public API, so a
 * client upgrade could remove them without a compile error: {@link #check()}, called at
 * start-up, fails at once with a message that names the amqp-client version instead.
 *
 * @author ari-queue team
 */
public final class AmqpClientInternals {

	private static final String RECOVERY = "com.rabbitmq.client.impl.recovery.";

	static final List<Requirement> REQUIREMENTS = List.of(
			new Requirement(RECOVERY + "AutorecoveringChannel", "getDelegate", Channel.class),
			new Requirement(RECOVERY + "RecoveryAwareChannelN", "getActiveDeliveryTagOffset", long.class),
			new Requirement(RECOVERY + "AutorecoveringConnection", "excludeQueueFromRecovery", void.class, String.class,
					boolean.class));

	private AmqpClientInternals() {
	}

	/**
	 * Check that the amqp-client on the class path still has what ari-queue uses.
	 * @throws IllegalStateException if it does not, naming its version and what is missing
	 */
	public static void check() {
		check(REQUIREMENTS);
	}

	static void check(List<Requirement> requirements) {
		List<String> missing = new ArrayList<>();
		for (Requirement requirement : requirements) {
			if (!requirement.isMet()) {
				missing.add(requirement.toString());
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("ari-queue cannot run on amqp-client " + version()
					+ ": it lacks " + String.join(", ", missing) + ", which ari-queue uses to tell deliveries made"
					+ " before a connection recovery and to keep the queues of ended dialogues out of recovery;"
					+ " use the amqp-client version that Spring Boot manages");
		}
	}

	/**
	 * The version of the amqp-client on the class path.
	 * @return the version, or {@code "(unknown version)"}
	 */
	static String version() {
		try {
			// read at run time: a constant would be the version ari-queue was compiled against
			Object version = Class.forName("com.rabbitmq.client.impl.ClientVersion").getField("VERSION").get(null);
			if (version != null) {
				return version.toString();
			}
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			// fall back to the jar's manifest
		}
		String version = Connection.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "(unknown version)";
	}

	/**
	 * Whether a delivery was made on a channel before the channel's latest recovery. amqp-client
	 * numbers delivery tags on across recoveries and settles only those above the recovered
	 * channel's offset: a tag at or below it was delivered before the failure.
	 * @param channel the channel that made the delivery
	 * @param deliveryTag the delivery's tag, as amqp-client handed it over
	 * @return whether the delivery predates a recovery; {@code false} for a channel that does not
	 * recover
	 */
	static boolean predatesRecovery(Channel channel, long deliveryTag) {
		try {
			return Calls.predatesRecovery(channel, deliveryTag);
		}
		catch (LinkageError ex) {
			throw missing(ex);
		}
	}

	/**
	 * Stop recovering a queue: the next connection recovery will not declare it again. Does
	 * nothing on a connection that does not recover.
	 * @param connection the connection that declared the queue
	 * @param queue the queue
	 */
	public static void excludeQueueFromRecovery(Connection connection, String queue) {
		try {
			Calls.excludeQueueFromRecovery(connection, queue);
		}
		catch (LinkageError ex) {
			throw missing(ex);
		}
	}

	private static IllegalStateException missing(LinkageError ex) {
		try {
			check();
		}
		catch (IllegalStateException missing) {
			missing.initCause(ex);
			return missing;
		}
		return new IllegalStateException("amqp-client " + version() + " is not what ari-queue was built with", ex);
	}

	/**
	 * The direct calls, in a class of their own that is loaded only when first used, so that
	 * {@link #check()} can report a missing class rather than fail to load.
	 */
	private static final class Calls {

		static boolean predatesRecovery(Channel channel, long deliveryTag) {
			return channel instanceof AutorecoveringChannel recovering
					&& recovering.getDelegate() instanceof RecoveryAwareChannelN current
					&& deliveryTag <= current.getActiveDeliveryTagOffset();
		}

		static void excludeQueueFromRecovery(Connection connection, String queue) {
			if (connection instanceof AutorecoveringConnection recovering) {
				recovering.excludeQueueFromRecovery(queue, false);
			}
		}

	}

	/**
	 * A public method that ari-queue calls on an amqp-client class.
	 *
	 * @param type the class name
	 * @param method the method name
	 * @param returns the return type
	 * @param parameters the parameter types
	 */
	record Requirement(String type, String method, Class<?> returns, Class<?>... parameters) {

		boolean isMet() {
			try {
				Method found = Class.forName(this.type, false, AmqpClientInternals.class.getClassLoader())
					.getMethod(this.method, this.parameters);
				return found.getReturnType() == this.returns && !Modifier.isStatic(found.getModifiers());
			}
			catch (ClassNotFoundException | NoSuchMethodException | LinkageError ex) {
				return false;
			}
		}

		@Override
		public String toString() {
			StringBuilder signature = new StringBuilder(this.type.substring(this.type.lastIndexOf('.') + 1)).append('#')
				.append(this.method)
				.append('(');
			for (int i = 0; i < this.parameters.length; i++) {
				signature.append((i > 0) ? ", " : "").append(this.parameters[i].getSimpleName());
			}
			return signature.append(')').toString();
		}

	}

}
