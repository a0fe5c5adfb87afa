package io.ariqueue.ari.client;

/**
 * The dialogue an ARI call was made in has ended, so the call was not sent, or its answer can no
 * longer arrive.
 *
 * @author ari-queue team
 */
public class DialogueClosedException extends AriCallException {

	private final String dialogueId;

	/**
	 * Create an exception for a call in a closed dialogue.
	 * @param operation the operation
	 * @param dialogueId the dialogue's id
	 */
	public DialogueClosedException(String operation, String dialogueId) {
		super(operation, operation + " cannot complete: dialogue " + dialogueId + " is closed", null);
		this.dialogueId = dialogueId;
	}

	/**
	 * The id of the closed dialogue.
	 * @return the dialogue id
	 */
	public String getDialogueId() {
		return this.dialogueId;
	}

}
