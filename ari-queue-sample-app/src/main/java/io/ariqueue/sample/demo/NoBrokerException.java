package io.ariqueue.sample.demo;

/**
 * The demo found no RabbitMQ and could not start one. Its message is the one line a newcomer needs.
 *
 * @author ari-queue team
 */
public class NoBrokerException extends RuntimeException {

	NoBrokerException(String message) {
		super(message, null, false, false);
	}

}
