package io.ariqueue.proxy.dialogue;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;

import io.ariqueue.proxy.amqp.QueueDeclarationException;

/**
 * Tells the failures to start that waiting cannot cure from those it can: a broker that does not
 * answer yet may answer later, but one that refuses the configuration will refuse it again.
 *
 * @author ari-queue team
 */
final class StartupFailures {

	private StartupFailures() {
	}

	/**
	 * Whether the broker refused the configuration: a queue that exists with other flags
	 * ({@code 406 PRECONDITION_FAILED}), credentials it does not accept, or permissions it does not
	 * grant ({@code 403 ACCESS_REFUSED}, {@code 530 NOT_ALLOWED}).
	 * @param failure the failure to start
	 * @return whether it is a configuration error
	 */
	static boolean isMisconfiguration(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof QueueDeclarationException refused) {
				int status = refused.getStatus();
				if (status == AMQP.PRECONDITION_FAILED || status == AMQP.ACCESS_REFUSED) {
					return true;
				}
			}
			if (cause instanceof AuthenticationFailureException) {
				return true;
			}
			if (cause instanceof ShutdownSignalException signal && signal.getReason() instanceof AMQP.Connection.Close close
					&& (close.getReplyCode() == AMQP.ACCESS_REFUSED || close.getReplyCode() == AMQP.NOT_ALLOWED)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The innermost message of a failure to start, which says what went wrong without the layers
	 * around it.
	 * @param failure the failure to start
	 * @return a short description
	 */
	static String describe(Throwable failure) {
		Throwable innermost = failure;
		while (innermost.getCause() != null && innermost.getCause() != innermost) {
			innermost = innermost.getCause();
		}
		String message = innermost.getMessage();
		return innermost.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
