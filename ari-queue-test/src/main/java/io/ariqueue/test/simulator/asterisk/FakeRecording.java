package io.ariqueue.test.simulator.asterisk;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/**
 * The mutable state of one fake live recording. Guarded by the {@link FakeAsterisk} lock.
 *
 * @author ari-queue
 */
final class FakeRecording {

	final String name;

	final String format;

	final String targetUri;

	String state = "queued";

	Instant startedAt;

	Long durationSeconds;

	FakeRecording(String name, String format, String targetUri) {
		this.name = name;
		this.format = format;
		this.targetUri = targetUri;
	}

	boolean live() {
		return "queued".equals(this.state) || "recording".equals(this.state) || "paused".equals(this.state);
	}

	void finish(String finalState, Instant now) {
		this.state = finalState;
		this.durationSeconds = (this.startedAt != null) ? Duration.between(this.startedAt, now).toSeconds() : 0L;
	}

	ObjectNode toJson() {
		ObjectNode json = AriJson.object();
		json.put("name", this.name);
		json.put("format", this.format);
		json.put("state", this.state);
		json.put("target_uri", this.targetUri);
		if (this.durationSeconds != null) {
			json.put("duration", this.durationSeconds);
		}
		return json;
	}

	/**
	 * The stored file: a text header naming the recording, then every byte value from 0 to 255
	 * twice, so that a body read as text anywhere on its way loses something.
	 */
	byte[] file() {
		byte[] header = ("fake " + this.format + " recording " + this.name + "\n").getBytes(StandardCharsets.US_ASCII);
		byte[] file = new byte[header.length + 512];
		System.arraycopy(header, 0, file, 0, header.length);
		for (int i = 0; i < 512; i++) {
			file[header.length + i] = (byte) i;
		}
		return file;
	}

	ObjectNode toStoredJson() {
		ObjectNode json = AriJson.object();
		json.put("name", this.name);
		json.put("format", this.format);
		return json;
	}

}
