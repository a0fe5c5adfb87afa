package io.ariqueue.ari.resource;

import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Recordings} and {@link AsyncRecordings} into {@link AriRequest ARI requests}: method, path
 * and typed parameters.
 */
final class RecordingsRequests {

	private RecordingsRequests() {
	}

	static AriRequest listStored() {
		return AriRequest.of("GET", "/recordings/stored")
			.operation("recordings.listStored")
			.build();
	}

	static AriRequest getStored(String recordingName) {
		return AriRequest.of("GET", "/recordings/stored/{recordingName}")
			.operation("recordings.getStored")
			.pathParameter("recordingName", recordingName)
			.build();
	}

	static AriRequest deleteStored(String recordingName) {
		return AriRequest.of("DELETE", "/recordings/stored/{recordingName}")
			.operation("recordings.deleteStored")
			.pathParameter("recordingName", recordingName)
			.build();
	}

	static AriRequest getStoredFile(String recordingName) {
		return AriRequest.of("GET", "/recordings/stored/{recordingName}/file")
			.operation("recordings.getStoredFile")
			.pathParameter("recordingName", recordingName)
			.build();
	}

	static AriRequest copyStored(String recordingName, String destinationRecordingName) {
		Objects.requireNonNull(destinationRecordingName, "destinationRecordingName must not be null");
		return AriRequest.of("POST", "/recordings/stored/{recordingName}/copy")
			.operation("recordings.copyStored")
			.pathParameter("recordingName", recordingName)
			.parameter("destinationRecordingName", destinationRecordingName)
			.build();
	}

	static AriRequest getLive(String recordingName) {
		return AriRequest.of("GET", "/recordings/live/{recordingName}")
			.operation("recordings.getLive")
			.pathParameter("recordingName", recordingName)
			.build();
	}

	static AriRequest cancel(String recordingName) {
		return AriRequest.of("DELETE", "/recordings/live/{recordingName}")
			.operation("recordings.cancel")
			.pathParameter("recordingName", recordingName)
			.build();
	}

	static AriRequest stop(String recordingName) {
		return AriRequest.of("POST", "/recordings/live/{recordingName}/stop")
			.operation("recordings.stop")
			.pathParameter("recordingName", recordingName)
			.build();
	}

	static AriRequest pause(String recordingName) {
		return AriRequest.of("POST", "/recordings/live/{recordingName}/pause")
			.operation("recordings.pause")
			.pathParameter("recordingName", recordingName)
			.build();
	}

	static AriRequest unpause(String recordingName) {
		return AriRequest.of("DELETE", "/recordings/live/{recordingName}/pause")
			.operation("recordings.unpause")
			.pathParameter("recordingName", recordingName)
			.build();
	}

	static AriRequest mute(String recordingName) {
		return AriRequest.of("POST", "/recordings/live/{recordingName}/mute")
			.operation("recordings.mute")
			.pathParameter("recordingName", recordingName)
			.build();
	}

	static AriRequest unmute(String recordingName) {
		return AriRequest.of("DELETE", "/recordings/live/{recordingName}/mute")
			.operation("recordings.unmute")
			.pathParameter("recordingName", recordingName)
			.build();
	}

}
