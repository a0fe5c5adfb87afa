package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.StoredRecording;

/**
 * Recordings, both those in progress and those stored on the Asterisk server, with every call returning a future that
 * completes on the callback executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Recordings}.
 */
public interface AsyncRecordings {

	/**
	 * List the stored recordings.
	 * @return a future of the {@link StoredRecording} list
	 */
	CompletableFuture<List<StoredRecording>> listStored();

	/**
	 * Read a stored recording's details.
	 * @param recordingName the recording's name
	 * @return a future of the {@link StoredRecording}
	 */
	CompletableFuture<StoredRecording> getStored(String recordingName);

	/**
	 * Delete a stored recording.
	 * @param recordingName the recording's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> deleteStored(String recordingName);

	/**
	 * Download a stored recording's file.
	 * @param recordingName the recording's name
	 * @return a future of the file's bytes; an {@code AriException} if a proxy read them as text and lost some
	 */
	CompletableFuture<byte[]> getStoredFile(String recordingName);

	/**
	 * Copy a stored recording under another name.
	 * @param recordingName the recording's name
	 * @param destinationRecordingName the name of the copy
	 * @return a future of the {@link StoredRecording}
	 */
	CompletableFuture<StoredRecording> copyStored(String recordingName, String destinationRecordingName);

	/**
	 * Read a recording in progress.
	 * @param recordingName the recording's name
	 * @return a future of the {@link LiveRecording}
	 */
	CompletableFuture<LiveRecording> getLive(String recordingName);

	/**
	 * Stop a recording in progress and throw it away.
	 * @param recordingName the recording's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> cancel(String recordingName);

	/**
	 * Stop a recording in progress and keep it.
	 * @param recordingName the recording's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> stop(String recordingName);

	/**
	 * Pause a recording in progress; the pause is not recorded.
	 * @param recordingName the recording's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> pause(String recordingName);

	/**
	 * Resume a paused recording.
	 * @param recordingName the recording's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> unpause(String recordingName);

	/**
	 * Mute a recording in progress; silence is recorded instead.
	 * @param recordingName the recording's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> mute(String recordingName);

	/**
	 * Unmute a recording in progress.
	 * @param recordingName the recording's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> unmute(String recordingName);

}
