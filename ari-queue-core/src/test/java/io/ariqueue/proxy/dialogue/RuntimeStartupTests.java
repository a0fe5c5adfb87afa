package io.ariqueue.proxy.dialogue;

import java.net.ConnectException;
import java.time.Duration;

import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ariqueue.handler.AriHandlerRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Tests for how a {@link ProxyDialogueRuntime} starts where nothing listens: it fails fast or keeps
 * trying, and says which in its {@link RuntimeState}. No broker is needed; the tests with a broker
 * that comes up later are in the integration tests.
 *
 * @author ari-queue team
 */
class RuntimeStartupTests {

	private ProxyDialogueRuntime runtime;

	@AfterEach
	void stop() {
		if (this.runtime != null) {
			this.runtime.stop();
		}
	}

	@Test
	void isStoppedUntilStarted() {
		this.runtime = runtime(StartupSettings.RETRY);
		RuntimeState state = this.runtime.state();
		assertThat(state.status()).isEqualTo(RuntimeState.Status.STOPPED);
		assertThat(state.applications()).containsExactly("ivr");
		assertThat(state.instanceId()).isEqualTo(this.runtime.instanceId());
		assertThat(state.maxActiveDialogues()).isEqualTo(1000);
		assertThat(state.connectionLostAt()).isNull();
	}

	@Test
	void failsFastWhereTheSettingsSaySo() {
		this.runtime = runtime(StartupSettings.FAIL_FAST);
		assertThatIllegalStateException().isThrownBy(this.runtime::start)
			.withMessageContaining("Could not start consuming ARI applications [ivr]")
			.withRootCauseInstanceOf(ConnectException.class);
		assertThat(this.runtime.isRunning()).isFalse();
		assertThat(this.runtime.state().status()).isEqualTo(RuntimeState.Status.STOPPED);
	}

	@Test
	void keepsTryingInTheBackgroundAndSaysWhy() {
		this.runtime = runtime(new StartupSettings(false, Duration.ofMillis(10), Duration.ofMillis(40)));
		this.runtime.start();
		assertThat(this.runtime.isRunning()).isTrue();
		RuntimeState first = this.runtime.state();
		assertThat(first.status()).isEqualTo(RuntimeState.Status.STARTING);
		assertThat(first.connectionLostReason()).startsWith("ConnectException").contains("Connection refused");
		// it tries again: the time of the last failure moves on
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.runtime.state().connectionLostAt().isAfter(first.connectionLostAt()));
		assertThat(startThreads()).isPositive();
		this.runtime.stop();
		assertThat(this.runtime.isRunning()).isFalse();
		assertThat(this.runtime.state().status()).isEqualTo(RuntimeState.Status.STOPPED);
		await().atMost(Duration.ofSeconds(10)).until(() -> startThreads() == 0);
	}

	private static long startThreads() {
		return Thread.getAllStackTraces().keySet().stream()
			.filter((thread) -> thread.getName().startsWith("ari-queue-start-"))
			.count();
	}

	private static ProxyDialogueRuntime runtime(StartupSettings startup) {
		ConnectionFactory connectionFactory = new ConnectionFactory();
		connectionFactory.setHost("127.0.0.1");
		// nothing listens on port 1
		connectionFactory.setPort(1);
		return new ProxyDialogueRuntime(connectionFactory,
				ProxyRuntimeSettings.builder("ivr").startup(startup).highAvailability(HighAvailabilitySettings.DISABLED)
					.build(),
				new AriHandlerRegistry(), Runnable::run);
	}

}
