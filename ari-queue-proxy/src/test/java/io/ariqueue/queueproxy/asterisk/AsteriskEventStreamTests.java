package io.ariqueue.queueproxy.asterisk;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ariqueue.test.asterisk.AriServerDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The events WebSocket's life cycle against the ARI server double.
 *
 * @author ari-queue team
 */
class AsteriskEventStreamTests {

	private final AriServerDouble asterisk = AriServerDouble.builder().applications("stream-test").build();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final AtomicInteger connections = new AtomicInteger();

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
		this.asterisk.close();
	}

	@Test
	void aWebSocketThatOpensAfterCloseIsClosedAtOnceAndNeverDelivers() throws Exception {
		// the handshake is slow: the proxy stops while it is under way
		this.asterisk.delayRequests((request) -> request.path().endsWith("/events"), Duration.ofMillis(500));
		AsteriskEventStream stream = stream();
		stream.start();
		Thread.sleep(200);
		assertThat(this.asterisk.webSocketConnectionsSinceStart()).isZero();
		stream.close();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.asterisk.webSocketConnectionsSinceStart() == 1);
		Thread.sleep(300);
		assertThat(stream.isConnected()).isFalse();
		assertThat(this.connections).hasValue(0);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.asterisk.openWebSockets() == 0);
		assertThat(this.asterisk.serves("stream-test")).isFalse();
	}

	private AsteriskEventStream stream() {
		AsteriskSettings settings = new AsteriskSettings(this.asterisk.httpUri(), this.asterisk.username(),
				this.asterisk.password(), List.of("stream-test"), Duration.ofSeconds(5), Duration.ofSeconds(5),
				Duration.ofMillis(50), Duration.ofMillis(200));
		AsteriskEventListener listener = new AsteriskEventListener() {

			@Override
			public void onConnected() {
				AsteriskEventStreamTests.this.connections.incrementAndGet();
			}

			@Override
			public void onEvent(String text) {
			}

		};
		return new AsteriskEventStream(settings, HttpClient.newHttpClient(), listener, this.scheduler,
				Runnable::run);
	}

}
