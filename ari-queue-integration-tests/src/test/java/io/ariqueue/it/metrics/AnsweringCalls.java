package io.ariqueue.it.metrics;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.client.AriException;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.session.AriSession;

/**
 * Answers each call, asks for a channel that does not exist, and hangs up.
 *
 * @author ari-queue team
 */
@Component
class AnsweringCalls {

	@StasisStart
	void start(StasisStartEvent event, AriSession session) {
		String channel = event.channel().id();
		session.channels().answer(channel);
		try {
			session.channels().get("no-such-channel");
		}
		catch (AriException ex) {
			// a 404 is expected: it is measured as a client error
		}
		session.channels().hangup(channel);
	}

}
