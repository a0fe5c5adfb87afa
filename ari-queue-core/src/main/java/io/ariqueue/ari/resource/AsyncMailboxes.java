package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.Mailbox;

/**
 * Mailboxes whose message counts a Stasis application controls, with every call returning a future that completes on
 * the callback executor.
 * <p>
 * The blocking form, and the options classes, are in {@link Mailboxes}.
 */
public interface AsyncMailboxes {

	/**
	 * List the mailboxes that Stasis applications control.
	 * @return a future of the {@link Mailbox} list
	 */
	CompletableFuture<List<Mailbox>> list();

	/**
	 * Read a mailbox's message counts.
	 * @param mailboxName the mailbox's name
	 * @return a future of the {@link Mailbox}
	 */
	CompletableFuture<Mailbox> get(String mailboxName);

	/**
	 * Set a mailbox's message counts.
	 * @param mailboxName the mailbox's name
	 * @param oldMessages the number of messages already heard
	 * @param newMessages the number of messages not yet heard
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> update(String mailboxName, int oldMessages, int newMessages);

	/**
	 * Remove a mailbox.
	 * @param mailboxName the mailbox's name
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> delete(String mailboxName);

}
