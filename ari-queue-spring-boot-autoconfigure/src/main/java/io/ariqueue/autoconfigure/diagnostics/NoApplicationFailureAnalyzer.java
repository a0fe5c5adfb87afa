package io.ariqueue.autoconfigure.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.ariqueue.proxy.dialogue.NoApplicationException;

/**
 * Explains a start-up that failed because no ARI application is configured.
 *
 * @author ari-queue team
 */
class NoApplicationFailureAnalyzer extends AbstractFailureAnalyzer<NoApplicationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoApplicationException cause) {
		return new FailureAnalysis("ari-queue has no ARI application to serve: it takes the calls of an ARI "
				+ "application from the RabbitMQ queue of the same name, where the proxy announces them, and neither "
				+ "'ari.queue.application' nor 'ari.queue.applications' is set.",
				"Set 'ari.queue.application' to the name of the ARI application (the one that Stasis() names in the "
						+ "dialplan and that the proxy serves), or list several in 'ari.queue.applications'. If this "
						+ "application takes no calls, set 'ari.queue.enabled' to false.",
				cause);
	}

}
