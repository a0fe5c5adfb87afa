package io.ariqueue.benchmarks.contender;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.StasisEnd;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.PlaybackFinishedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.session.AriSession;

/**
 * The benchmark's call logic as an ari-queue user writes it: annotated handler methods that call
 * ARI through the {@link AriSession}.
 *
 * @author ari-queue team
 */
public class AriQueueCallHandlers {

	private final CallScript script;

	public AriQueueCallHandlers(CallScript script) {
		this.script = script;
	}

	@StasisStart
	void start(StasisStartEvent event, AriSession session) {
		this.script.stasisStart(session.dialogueId(), event.channel().id(), event.args(), new SessionCalls(session));
	}

	@AriEventListener
	void playbackFinished(PlaybackFinishedEvent event, AriSession session, Channel channel) {
		this.script.playbackFinished(session.dialogueId(), channel.id(), new SessionCalls(session));
	}

	@AriEventListener
	void digit(ChannelDtmfReceivedEvent event, AriSession session) {
		this.script.numberedEvent(session.dialogueId(), event.durationMs());
	}

	@StasisEnd
	void end(StasisEndEvent event, AriSession session) {
		this.script.stasisEnd(session.dialogueId());
	}

	private record SessionCalls(AriSession session) implements CallControl {

		@Override
		public void answer(String channelId) {
			this.session.channels().answer(channelId);
		}

		@Override
		public void play(String channelId, String media) {
			this.session.channels().play(channelId, media);
		}

		@Override
		public void hangup(String channelId) {
			this.session.channels().hangup(channelId);
		}

	}

}
