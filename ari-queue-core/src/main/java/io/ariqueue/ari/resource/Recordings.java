package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.model.LiveRecording;
import io.ariqueue.ari.model.StoredRecording;

/**
 * Recordings, both those in progress and those stored on the Asterisk server, with every call blocking until Asterisk
 * has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncRecordings}.
 */
public interface Recordings {

	/**
	 * List the stored recordings.
	 * @return the {@link StoredRecording} list
	 */
	List<StoredRecording> listStored();

	/**
	 * Read a stored recording's details.
	 * @param recordingName the recording's name
	 * @return the {@link StoredRecording}
	 */
	StoredRecording getStored(String recordingName);

	/**
	 * Delete a stored recording.
	 * @param recordingName the recording's name
	 */
	void deleteStored(String recordingName);

	/**
	 * Download a stored recording's file.
	 * @param recordingName the recording's name
	 * @return the file's bytes; an {@code AriException} if a proxy read them as text and lost some
	 */
	byte[] getStoredFile(String recordingName);

	/**
	 * Copy a stored recording under another name.
	 * @param recordingName the recording's name
	 * @param destinationRecordingName the name of the copy
	 * @return the {@link StoredRecording}
	 */
	StoredRecording copyStored(String recordingName, String destinationRecordingName);

	/**
	 * Read a recording in progress.
	 * @param recordingName the recording's name
	 * @return the {@link LiveRecording}
	 */
	LiveRecording getLive(String recordingName);

	/**
	 * Stop a recording in progress and throw it away.
	 * @param recordingName the recording's name
	 */
	void cancel(String recordingName);

	/**
	 * Stop a recording in progress and keep it.
	 * @param recordingName the recording's name
	 */
	void stop(String recordingName);

	/**
	 * Pause a recording in progress; the pause is not recorded.
	 * @param recordingName the recording's name
	 */
	void pause(String recordingName);

	/**
	 * Resume a paused recording.
	 * @param recordingName the recording's name
	 */
	void unpause(String recordingName);

	/**
	 * Mute a recording in progress; silence is recorded instead.
	 * @param recordingName the recording's name
	 */
	void mute(String recordingName);

	/**
	 * Unmute a recording in progress.
	 * @param recordingName the recording's name
	 */
	void unmute(String recordingName);

}
