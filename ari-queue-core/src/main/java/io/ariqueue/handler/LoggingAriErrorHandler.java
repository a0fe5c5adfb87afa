package io.ariqueue.handler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.session.AriSession;

/**
 * The default {@link AriErrorHandler}: logs the exception with the dialogue, the event type and
 * the handler method.
 *
 * @author ari-queue team
 */
public class LoggingAriErrorHandler implements AriErrorHandler {

	private static final Logger logger = LoggerFactory.getLogger(LoggingAriErrorHandler.class);

	@Override
	public void handleError(Throwable error, AriEvent event, AriSession session, String handler) {
		logger.error("Handler {} failed in dialogue {} on {}", handler, session.dialogueId(),
				(event != null) ? event.type() : "a dialogue callback", error);
	}

}
