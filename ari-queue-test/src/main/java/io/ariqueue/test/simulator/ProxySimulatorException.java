package io.ariqueue.test.simulator;

/**
 * The simulated proxy could not do what was asked on the broker, e.g. a queue declaration was refused
 * with {@code 406 PRECONDITION_FAILED}.
 *
 * @author ari-queue
 */
public class ProxySimulatorException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message the message
	 * @param cause the cause
	 */
	public ProxySimulatorException(String message, Throwable cause) {
		super(message, cause);
	}

}
