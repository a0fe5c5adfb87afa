package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.model.Mailbox;

/**
 * Mailboxes whose message counts a Stasis application controls, with every call blocking until Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncMailboxes}.
 */
public interface Mailboxes {

	/**
	 * List the mailboxes that Stasis applications control.
	 * @return the {@link Mailbox} list
	 */
	List<Mailbox> list();

	/**
	 * Read a mailbox's message counts.
	 * @param mailboxName the mailbox's name
	 * @return the {@link Mailbox}
	 */
	Mailbox get(String mailboxName);

	/**
	 * Set a mailbox's message counts.
	 * @param mailboxName the mailbox's name
	 * @param oldMessages the number of messages already heard
	 * @param newMessages the number of messages not yet heard
	 */
	void update(String mailboxName, int oldMessages, int newMessages);

	/**
	 * Remove a mailbox.
	 * @param mailboxName the mailbox's name
	 */
	void delete(String mailboxName);

}
