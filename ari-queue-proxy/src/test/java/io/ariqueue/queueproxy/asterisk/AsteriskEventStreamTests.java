package io.ariqueue.queueproxy.asterisk;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.junit.TcpRelay;

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

	private final AtomicInteger events = new AtomicInteger();

	private TcpRelay relay;

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
		this.asterisk.close();
		if (this.relay != null) {
			this.relay.close();
		}
	}

	@Test
	void aWebSocketThatFallsSilentIsTakenAsLostAndOpenedAgain() throws Exception {
		this.relay = new TcpRelay("127.0.0.1", this.asterisk.port());
		AsteriskEventStream stream = stream(URI.create("http://127.0.0.1:" + this.relay.port() + "/ari"),
				Duration.ofMillis(200), Duration.ofMillis(300));
		stream.start();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.connections.get() == 1 && stream.isConnected());
		// the far end freezes: no close, no reset, nothing at all
		this.relay.blackHole();
		await().atMost(Duration.ofSeconds(5)).until(() -> !stream.isConnected());
		assertThat(stream.lastProblem()).isEqualTo("no answer to a ping within 300 ms");
		assertThat(stream.lastLost()).isNotNull();
		this.relay.acceptAgain();
		// an attempt made while the far end was frozen waits out its connect time-out first
		await().atMost(Duration.ofSeconds(5)).until(() -> stream.isConnected() && this.connections.get() == 2);
		assertThat(stream.reconnects()).isEqualTo(1);
		this.asterisk.placeCall("stream-test");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.events.get() > 0);
		stream.close();
	}

	@Test
	void aQuietWebSocketThatAnswersPingsStaysOpen() throws Exception {
		AsteriskEventStream stream = stream(this.asterisk.httpUri(), Duration.ofMillis(50), Duration.ofMillis(200));
		stream.start();
		await().atMost(Duration.ofSeconds(5)).until(stream::isConnected);
		// twenty ping intervals without a single event
		Thread.sleep(1000);
		assertThat(stream.isConnected()).isTrue();
		assertThat(stream.reconnects()).isZero();
		assertThat(this.asterisk.webSocketConnectionsSinceStart()).isEqualTo(1);
		stream.close();
	}

	@Test
	void pingsCanBeTurnedOff() throws Exception {
		this.relay = new TcpRelay("127.0.0.1", this.asterisk.port());
		AsteriskEventStream stream = stream(URI.create("http://127.0.0.1:" + this.relay.port() + "/ari"),
				Duration.ZERO, Duration.ofMillis(100));
		stream.start();
		await().atMost(Duration.ofSeconds(5)).until(stream::isConnected);
		this.relay.blackHole();
		Thread.sleep(600);
		// nothing tells a frozen far end from a quiet one now
		assertThat(stream.isConnected()).isTrue();
		stream.close();
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
		return stream(this.asterisk.httpUri(), Duration.ofSeconds(5), Duration.ofSeconds(5));
	}

	private AsteriskEventStream stream(URI url, Duration pingInterval, Duration pongTimeout) {
		AsteriskSettings settings = new AsteriskSettings(url, this.asterisk.username(), this.asterisk.password(),
				List.of("stream-test"), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMillis(50),
				Duration.ofMillis(200), pingInterval, pongTimeout);
		AsteriskEventListener listener = new AsteriskEventListener() {

			@Override
			public boolean onConnected() {
				AsteriskEventStreamTests.this.connections.incrementAndGet();
				return true;
			}

			@Override
			public void onEvent(String text) {
				AsteriskEventStreamTests.this.events.incrementAndGet();
			}

		};
		return new AsteriskEventStream(settings, HttpClient.newHttpClient(), listener, this.scheduler,
				Runnable::run);
	}

}
