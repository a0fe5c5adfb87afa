package io.ariqueue.sample.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a {@link NoBrokerException} as its one line, instead of Spring Boot's "Application run failed"
 * and a stack trace.
 *
 * @author ari-queue team
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoBrokerReporter implements SpringBootExceptionReporter {

	private static final Logger logger = LoggerFactory.getLogger(NoBrokerReporter.class);

	@Override
	public boolean reportException(Throwable failure) {
		if (failure instanceof NoBrokerException) {
			logger.error(failure.getMessage());
			return true;
		}
		return false;
	}

}
