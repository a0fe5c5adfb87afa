package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Mailbox;

/**
 * {@link Mailboxes} over {@link AriOperations}.
 */
final class DefaultMailboxes implements Mailboxes {

	private final AriOperations operations;

	DefaultMailboxes(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public List<Mailbox> list() {
		return this.operations.call(MailboxesRequests.list(), ResourceSupport.listOf(this.operations, Mailbox.class));
	}

	@Override
	public Mailbox get(String mailboxName) {
		return this.operations.call(MailboxesRequests.get(mailboxName), Mailbox.class);
	}

	@Override
	public void update(String mailboxName, int oldMessages, int newMessages) {
		this.operations.call(MailboxesRequests.update(mailboxName, oldMessages, newMessages), Void.class);
	}

	@Override
	public void delete(String mailboxName) {
		this.operations.call(MailboxesRequests.delete(mailboxName), Void.class);
	}

}
