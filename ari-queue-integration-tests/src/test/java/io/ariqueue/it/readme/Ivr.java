package io.ariqueue.it.readme;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.StasisEnd;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.session.AriSession;

/**
 * The README's quick start handler, word for word.
 *
 * @author ari-queue team
 */
@Component
class Ivr {

	@StasisStart
	void start(StasisStartEvent event, AriSession session) {
		session.channels().answer(event.channel().id());
		session.channels().play(event.channel().id(), "sound:hello-world");
	}

	@AriEventListener
	void digit(ChannelDtmfReceivedEvent event, AriSession session, Channel channel) {
		session.channels().hangup(channel.id());
	}

	@StasisEnd
	void end(StasisEndEvent event, AriSession session) {
		// the primary channel's StasisEnd ends the dialogue after this returns
	}

}
