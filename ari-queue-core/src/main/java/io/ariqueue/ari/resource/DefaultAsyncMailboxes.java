package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.Mailbox;

/**
 * {@link AsyncMailboxes} over {@link AriOperations}.
 */
final class DefaultAsyncMailboxes implements AsyncMailboxes {

	private final AriOperations operations;

	DefaultAsyncMailboxes(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<List<Mailbox>> list() {
		return this.operations.callAsync(MailboxesRequests.list(), ResourceSupport.listOf(this.operations,
				Mailbox.class));
	}

	@Override
	public CompletableFuture<Mailbox> get(String mailboxName) {
		return this.operations.callAsync(MailboxesRequests.get(mailboxName), Mailbox.class);
	}

	@Override
	public CompletableFuture<Void> update(String mailboxName, int oldMessages, int newMessages) {
		return this.operations.callAsync(MailboxesRequests.update(mailboxName, oldMessages, newMessages), Void.class);
	}

	@Override
	public CompletableFuture<Void> delete(String mailboxName) {
		return this.operations.callAsync(MailboxesRequests.delete(mailboxName), Void.class);
	}

}
