package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.StoredRecording;

/**
 * {@link AsyncRecordings} over {@link AriOperations}.
 */
final class DefaultAsyncRecordings implements AsyncRecordings {

	private final AriOperations operations;

	DefaultAsyncRecordings(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<List<StoredRecording>> listStored() {
		return this.operations.callAsync(RecordingsRequests.listStored(), ResourceSupport.listOf(this.operations,
				StoredRecording.class));
	}

	@Override
	public CompletableFuture<StoredRecording> getStored(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.getStored(recordingName), StoredRecording.class);
	}

	@Override
	public CompletableFuture<Void> deleteStored(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.deleteStored(recordingName), Void.class);
	}

	@Override
	public CompletableFuture<byte[]> getStoredFile(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.getStoredFile(recordingName), byte[].class);
	}

	@Override
	public CompletableFuture<StoredRecording> copyStored(String recordingName, String destinationRecordingName) {
		return this.operations.callAsync(RecordingsRequests.copyStored(recordingName, destinationRecordingName),
				StoredRecording.class);
	}

	@Override
	public CompletableFuture<LiveRecording> getLive(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.getLive(recordingName), LiveRecording.class);
	}

	@Override
	public CompletableFuture<Void> cancel(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.cancel(recordingName), Void.class);
	}

	@Override
	public CompletableFuture<Void> stop(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.stop(recordingName), Void.class);
	}

	@Override
	public CompletableFuture<Void> pause(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.pause(recordingName), Void.class);
	}

	@Override
	public CompletableFuture<Void> unpause(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.unpause(recordingName), Void.class);
	}

	@Override
	public CompletableFuture<Void> mute(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.mute(recordingName), Void.class);
	}

	@Override
	public CompletableFuture<Void> unmute(String recordingName) {
		return this.operations.callAsync(RecordingsRequests.unmute(recordingName), Void.class);
	}

}
