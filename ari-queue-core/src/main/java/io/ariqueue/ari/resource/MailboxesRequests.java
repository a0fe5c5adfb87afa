package io.ariqueue.ari.resource;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link Mailboxes} and {@link AsyncMailboxes} into {@link AriRequest ARI requests}: method, path
 * and typed parameters.
 */
final class MailboxesRequests {

	private MailboxesRequests() {
	}

	static AriRequest list() {
		return AriRequest.of("GET", "/mailboxes")
			.operation("mailboxes.list")
			.build();
	}

	static AriRequest get(String mailboxName) {
		return AriRequest.of("GET", "/mailboxes/{mailboxName}")
			.operation("mailboxes.get")
			.pathParameter("mailboxName", mailboxName)
			.build();
	}

	static AriRequest update(String mailboxName, int oldMessages, int newMessages) {
		return AriRequest.of("PUT", "/mailboxes/{mailboxName}")
			.operation("mailboxes.update")
			.pathParameter("mailboxName", mailboxName)
			.parameter("oldMessages", oldMessages)
			.parameter("newMessages", newMessages)
			.build();
	}

	static AriRequest delete(String mailboxName) {
		return AriRequest.of("DELETE", "/mailboxes/{mailboxName}")
			.operation("mailboxes.delete")
			.pathParameter("mailboxName", mailboxName)
			.build();
	}

}
