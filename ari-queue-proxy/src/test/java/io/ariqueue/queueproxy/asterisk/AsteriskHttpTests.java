package io.ariqueue.queueproxy.asterisk;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.asterisk.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@link AsteriskHttp} does with a kept-alive connection that Asterisk closed, as a restart
 * closes them all, against the ARI server double.
 *
 * @author ari-queue team
 */
class AsteriskHttpTests {

	private final AriServerDouble asterisk = AriServerDouble.builder().applications("http-test").build();

	private final AsteriskHttp http = new AsteriskHttp(new AsteriskSettings(this.asterisk.httpUri(),
			this.asterisk.username(), this.asterisk.password(), List.of("http-test"), Duration.ofSeconds(2),
			Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(200), Duration.ZERO, Duration.ofSeconds(1)),
			4);

	@AfterEach
	void stop() {
		this.http.close();
		this.asterisk.close();
	}

	@Test
	void aGetThatMeetsAClosedConnectionIsSentAgainOnANewOne() {
		assertThat(this.http.exchange("GET", "/channels", null).status()).isEqualTo(200);
		this.asterisk.restart();
		AsteriskReply reply = this.http.exchange("GET", "/channels", null);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).isEqualTo("[]");
		assertThat(this.asterisk.requests()).filteredOn(RecordedRequest.to("GET", ".*/channels"))
			.as("the first try never reached Asterisk")
			.hasSize(2);
	}

	@Test
	void aPostThatMeetsAClosedConnectionIsNotSentAgain() {
		assertThat(this.http.exchange("GET", "/channels", null).status()).isEqualTo(200);
		this.asterisk.restart();
		// it might have been carried out: repeating it is the client's call, not the proxy's
		assertThatExceptionOfType(AsteriskUnavailableException.class)
			.isThrownBy(() -> this.http.exchange("POST", "/bridges", "{\"type\":\"mixing\"}"))
			.withMessageStartingWith("Asterisk could not be reached for POST /bridges: ");
		assertThat(this.asterisk.requests()).noneMatch(RecordedRequest.to("POST", ".*/bridges"));
	}

	@Test
	void closingTheIdleConnectionsAfterARestartLetsAPostThrough() {
		assertThat(this.http.exchange("GET", "/channels", null).status()).isEqualTo(200);
		this.asterisk.restart();
		// what the proxy does when the events WebSocket is lost
		this.http.closeIdleConnections();
		assertThat(this.http.exchange("POST", "/bridges", "{\"type\":\"mixing\"}").status()).isEqualTo(200);
	}

}
