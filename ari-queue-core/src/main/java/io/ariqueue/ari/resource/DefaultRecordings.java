package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.StoredRecording;

/**
 * {@link Recordings} over {@link AriOperations}.
 */
final class DefaultRecordings implements Recordings {

	private final AriOperations operations;

	DefaultRecordings(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public List<StoredRecording> listStored() {
		return this.operations.call(RecordingsRequests.listStored(), ResourceSupport.listOf(this.operations,
				StoredRecording.class));
	}

	@Override
	public StoredRecording getStored(String recordingName) {
		return this.operations.call(RecordingsRequests.getStored(recordingName), StoredRecording.class);
	}

	@Override
	public void deleteStored(String recordingName) {
		this.operations.call(RecordingsRequests.deleteStored(recordingName), Void.class);
	}

	@Override
	public byte[] getStoredFile(String recordingName) {
		return this.operations.call(RecordingsRequests.getStoredFile(recordingName), byte[].class);
	}

	@Override
	public StoredRecording copyStored(String recordingName, String destinationRecordingName) {
		return this.operations.call(RecordingsRequests.copyStored(recordingName, destinationRecordingName),
				StoredRecording.class);
	}

	@Override
	public LiveRecording getLive(String recordingName) {
		return this.operations.call(RecordingsRequests.getLive(recordingName), LiveRecording.class);
	}

	@Override
	public void cancel(String recordingName) {
		this.operations.call(RecordingsRequests.cancel(recordingName), Void.class);
	}

	@Override
	public void stop(String recordingName) {
		this.operations.call(RecordingsRequests.stop(recordingName), Void.class);
	}

	@Override
	public void pause(String recordingName) {
		this.operations.call(RecordingsRequests.pause(recordingName), Void.class);
	}

	@Override
	public void unpause(String recordingName) {
		this.operations.call(RecordingsRequests.unpause(recordingName), Void.class);
	}

	@Override
	public void mute(String recordingName) {
		this.operations.call(RecordingsRequests.mute(recordingName), Void.class);
	}

	@Override
	public void unmute(String recordingName) {
		this.operations.call(RecordingsRequests.unmute(recordingName), Void.class);
	}

}
