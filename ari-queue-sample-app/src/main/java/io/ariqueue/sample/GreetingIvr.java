package io.ariqueue.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.DialogueStarted;
import io.ariqueue.annotation.StasisEnd;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.PlaybackFinishedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.ari.resource.Channels;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

/**
 * The call flow: answer, greet, take one DTMF digit, confirm it, hang up.
 *
 * @author ari-queue team
 */
@Component
class GreetingIvr {

	private static final Logger logger = LoggerFactory.getLogger(GreetingIvr.class);

	private static final String GREETING = "greeting";

	@DialogueStarted
	void dialogueStarted(String dialogueId, AriSession session) {
		logger.info("[{}] announced by server '{}'", dialogueId, session.serverId());
	}

	@StasisStart
	void start(StasisStartEvent event, AriSession session) {
		Channel caller = event.channel();
		session.channels().answer(caller.id());
		logger.info("[{}] answered {} ({})", session.dialogueId(), caller.name(), caller.caller().number());
		session.channels().setChannelVar(caller.id(), "IVR_STEP", new Channels.SetChannelVarOptions().value("greeting"));
		String playbackId = session.channels().play(caller.id(), "sound:hello-world").id();
		session.attributes().put(GREETING, playbackId);
		logger.info("[{}] playing greeting {}", session.dialogueId(), playbackId);
	}

	@AriEventListener
	void played(PlaybackFinishedEvent event, AriSession session) {
		if (event.playback().id().equals(session.attribute(GREETING, String.class))) {
			logger.info("[{}] greeting finished; waiting for a digit", session.dialogueId());
		}
	}

	@AriEventListener
	void digit(ChannelDtmfReceivedEvent event, AriSession session, Channel channel) {
		logger.info("[{}] caller pressed {}", session.dialogueId(), event.digit());
		String step = session.channels().getChannelVar(channel.id(), "IVR_STEP").value();
		logger.info("[{}] IVR step was '{}'; hanging up", session.dialogueId(), step);
		session.channels().hangup(channel.id());
	}

	@StasisEnd
	void end(StasisEndEvent event, AriSession session) {
		logger.info("[{}] {} left the application", session.dialogueId(), event.channel().name());
	}

	@DialogueClosed
	void dialogueClosed(String dialogueId, DialogueCloseReason reason) {
		logger.info("[{}] dialogue closed: {}", dialogueId, reason);
	}

}
