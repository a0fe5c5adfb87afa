package io.ariqueue.proxy.dialogue;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AuthenticationFailureException;
import org.junit.jupiter.api.Test;

import io.ariqueue.proxy.amqp.QueueDeclarationException;
import io.ariqueue.proxy.amqp.QueueSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StartupFailures}: which failures to start waiting may cure.
 *
 * @author ari-queue team
 */
class StartupFailuresTests {

	private static final QueueSettings DURABLE = new QueueSettings(true, false, false, null);

	@Test
	void aQueueWithOtherFlagsIsAMisconfiguration() {
		assertThat(StartupFailures.isMisconfiguration(wrapped(new QueueDeclarationException("ivr", DURABLE, 406,
				"PRECONDITION_FAILED - inequivalent arg 'durable'")))).isTrue();
	}

	@Test
	void refusedAccessAndCredentialsAreMisconfigurations() {
		assertThat(StartupFailures.isMisconfiguration(wrapped(new QueueDeclarationException("ivr", DURABLE, 403,
				"ACCESS_REFUSED")))).isTrue();
		assertThat(StartupFailures.isMisconfiguration(wrapped(new AuthenticationFailureException("ACCESS_REFUSED"))))
			.isTrue();
	}

	@Test
	void anUnreachableOrSlowBrokerIsNot() {
		assertThat(StartupFailures.isMisconfiguration(wrapped(new ConnectException("Connection refused")))).isFalse();
		assertThat(StartupFailures.isMisconfiguration(wrapped(new TimeoutException()))).isFalse();
		assertThat(StartupFailures.isMisconfiguration(wrapped(new QueueDeclarationException("ivr", DURABLE, 0,
				"connection closed")))).isFalse();
	}

	@Test
	void describesTheInnermostCause() {
		assertThat(StartupFailures.describe(wrapped(new ConnectException("Connection refused"))))
			.isEqualTo("ConnectException: Connection refused");
	}

	private static IllegalStateException wrapped(Exception cause) {
		return new IllegalStateException("Could not start consuming ARI applications [ivr]: " + cause.getMessage(),
				cause);
	}

}
