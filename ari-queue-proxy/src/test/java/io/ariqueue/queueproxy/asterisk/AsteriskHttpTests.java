package io.ariqueue.queueproxy.asterisk;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.asterisk.RecordedRequest;
import io.ariqueue.test.simulator.CallSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@link AsteriskHttp} makes of Asterisk's answers, text or a file, and what it does with a
 * kept-alive connection that Asterisk closed, as a restart closes them all, against the ARI server
 * double.
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
	void aStoredRecordingsFileComesBackOneCharacterPerByteAndJsonAsUtf8() {
		String channel = this.asterisk.asterisk().createChannel(new CallSpec().toChannelSpec()).id();
		this.asterisk.asterisk().enterStasis(channel, "http-test", List.of());
		assertThat(this.http.exchange("POST", "/channels/" + channel + "/variable",
				"{\"variable\":\"GREETING\",\"value\":\"grüß dich ✓\"}").status()).isEqualTo(204);
		assertThat(this.http.exchange("GET", "/channels/" + channel + "/variable?variable=GREETING", null).body())
			.isEqualTo("{\"value\":\"grüß dich ✓\"}");
		this.http.exchange("POST", "/channels/" + channel + "/record", "{\"name\":\"voicemail\",\"format\":\"wav\"}");
		this.http.exchange("POST", "/recordings/live/voicemail/stop", null);
		AsteriskReply file = this.http.exchange("GET", "/recordings/stored/voicemail/file", null);
		assertThat(file.status()).isEqualTo(200);
		// every byte value from 0 to 255 is in it: read as UTF-8, the upper half would be lost
		assertThat(file.body().getBytes(StandardCharsets.ISO_8859_1))
			.isEqualTo(this.asterisk.asterisk().storedRecordingFile("voicemail").orElseThrow());
	}

	@Test
	void textIsReadInItsCharsetAndAnythingElseOneCharacterPerByte() {
		assertThat(AsteriskHttp.charsetOf(null)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(AsteriskHttp.charsetOf(MediaType.APPLICATION_JSON)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(AsteriskHttp.charsetOf(MediaType.TEXT_HTML)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(AsteriskHttp.charsetOf(MediaType.parseMediaType("application/problem+json")))
			.isEqualTo(StandardCharsets.UTF_8);
		assertThat(AsteriskHttp.charsetOf(MediaType.parseMediaType("text/plain;charset=ISO-8859-15")))
			.isEqualTo(java.nio.charset.Charset.forName("ISO-8859-15"));
		assertThat(AsteriskHttp.charsetOf(MediaType.parseMediaType("audio/wav"))).isEqualTo(StandardCharsets.ISO_8859_1);
		assertThat(AsteriskHttp.charsetOf(MediaType.APPLICATION_OCTET_STREAM)).isEqualTo(StandardCharsets.ISO_8859_1);
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
