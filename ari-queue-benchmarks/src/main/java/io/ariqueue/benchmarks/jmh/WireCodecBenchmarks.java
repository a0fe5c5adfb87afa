package io.ariqueue.benchmarks.jmh;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import io.ariqueue.ari.client.AriRequest;
import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.AriEventReader;
import io.ariqueue.ari.json.AriJson;
import io.ariqueue.proxy.wire.EventEnvelope;
import io.ariqueue.proxy.wire.ProxyWireCodec;

/**
 * The wire codec's hot paths: an event envelope read with its {@code ari_body} into a typed event
 * (what every event costs), and a command written (what every ARI call costs). The messages are
 * go-ari-proxy's, copied from {@code conformance/captures/02_client_originate_app}.
 *
 * @author ari-queue team
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WireCodecBenchmarks {

	static final byte[] STASIS_START = ("{\"server_id\":\"testbed-asterisk-1\",\"timestamp\":\"2026-11-26T04:02:39.612719692Z\","
			+ "\"type\":\"StasisStart\",\"ari_body\":\"{\\\"type\\\":\\\"StasisStart\\\",\\\"timestamp\\\":"
			+ "\\\"2026-11-26T04:02:39.610+0000\\\",\\\"args\\\":[\\\"arg1\\\",\\\"arg2\\\"],\\\"channel\\\":{\\\"id\\\":"
			+ "\\\"testchan-02\\\",\\\"name\\\":\\\"Local/wait@test-00000003;1\\\",\\\"state\\\":\\\"Up\\\",\\\"protocol_id\\\":"
			+ "\\\"\\\",\\\"caller\\\":{\\\"name\\\":\\\"\\\",\\\"number\\\":\\\"\\\"},\\\"connected\\\":{\\\"name\\\":\\\"\\\","
			+ "\\\"number\\\":\\\"\\\"},\\\"accountcode\\\":\\\"\\\",\\\"dialplan\\\":{\\\"context\\\":\\\"test\\\",\\\"exten\\\":"
			+ "\\\"wait\\\",\\\"priority\\\":1,\\\"app_name\\\":\\\"Stasis\\\",\\\"app_data\\\":\\\"myapp,arg1,arg2\\\"},"
			+ "\\\"creationtime\\\":\\\"2026-11-26T04:02:39.606+0000\\\",\\\"language\\\":\\\"en\\\"},\\\"asterisk_id\\\":"
			+ "\\\"02:fc:00:00:00:01\\\",\\\"application\\\":\\\"myapp\\\"}\"}")
		.getBytes(StandardCharsets.UTF_8);

	static final byte[] PLAYBACK_FINISHED = ("{\"server_id\":\"testbed-asterisk-1\",\"timestamp\":"
			+ "\"2026-11-26T04:02:40.706997611Z\",\"type\":\"PlaybackFinished\",\"ari_body\":\"{\\\"type\\\":"
			+ "\\\"PlaybackFinished\\\",\\\"timestamp\\\":\\\"2026-11-26T04:02:40.706+0000\\\",\\\"playback\\\":{\\\"id\\\":"
			+ "\\\"f2617446-9dfe-4a5c-8c5f-c2b3719411d7\\\",\\\"media_uri\\\":\\\"tone:ring\\\",\\\"target_uri\\\":"
			+ "\\\"channel:testchan-02\\\",\\\"language\\\":\\\"en\\\",\\\"state\\\":\\\"failed\\\"},\\\"asterisk_id\\\":"
			+ "\\\"02:fc:00:00:00:01\\\",\\\"application\\\":\\\"myapp\\\"}\"}")
		.getBytes(StandardCharsets.UTF_8);

	private final ProxyWireCodec codec = new ProxyWireCodec(1024 * 1024);

	private final AriEventReader reader = new AriEventReader(AriJson.mapper());

	private final AriRequest play = AriRequest.of("POST", "/channels/{channelId}/play")
		.pathParameter("channelId", "testchan-02")
		.parameter("media", List.of("sound:hello-world"))
		.parameter("skipms", 3000)
		.build();

	private final AriRequest answer = AriRequest.of("POST", "/channels/{channelId}/answer")
		.pathParameter("channelId", "testchan-02")
		.build();

	@Benchmark
	public AriEvent readStasisStart() {
		EventEnvelope envelope = this.codec.readEvent(STASIS_START);
		return this.reader.read(envelope.type(), envelope.ariBody());
	}

	@Benchmark
	public AriEvent readPlaybackFinished() {
		EventEnvelope envelope = this.codec.readEvent(PLAYBACK_FINISHED);
		return this.reader.read(envelope.type(), envelope.ariBody());
	}

	@Benchmark
	public EventEnvelope readEnvelopeOnly() {
		return this.codec.readEvent(STASIS_START);
	}

	@Benchmark
	public byte[] writePlayCommand() {
		return this.codec.writeCommand("3f0c5b8e2a7d4c1f9e6b0a2d4c8e1f3a", this.play);
	}

	@Benchmark
	public byte[] writeAnswerCommand() {
		return this.codec.writeCommand("3f0c5b8e2a7d4c1f9e6b0a2d4c8e1f3a", this.answer);
	}

}
