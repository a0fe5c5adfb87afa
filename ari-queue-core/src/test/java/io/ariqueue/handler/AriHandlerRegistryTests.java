package io.ariqueue.handler;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.annotation.Order;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.DialogueStarted;
import io.ariqueue.annotation.StasisEnd;
import io.ariqueue.annotation.StasisStart;
import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.ChannelDtmfReceivedEvent;
import io.ariqueue.ari.event.PlaybackFinishedEvent;
import io.ariqueue.ari.event.StasisEndEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.event.UnknownEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link AriHandlerRegistry} and {@link AriListenerAnnotationBeanPostProcessor}: which
 * methods receive which events, what they may take, and what a bad signature does.
 *
 * @author ari-queue team
 */
class AriHandlerRegistryTests {

	private final AriHandlerRegistry registry = new AriHandlerRegistry();

	private final AriSession session = session();

	@Test
	void dispatchesEachEventToTheHandlersOfItsType() {
		Recorder recorder = register(new Recorder());
		this.registry.dialogueStarted(this.session);
		this.registry.dispatch(stasisStart("c1"), this.session);
		this.registry.dispatch(dtmf("c1", "5"), this.session);
		this.registry.dispatch(new UnknownEvent("FutureEvent", "app", null, null, "{\"type\":\"FutureEvent\"}"), this.session);
		this.registry.dispatch(stasisEnd("c1"), this.session);
		this.registry.dialogueClosed(this.session, DialogueCloseReason.PRIMARY_CHANNEL_ENDED);
		assertThat(recorder.calls).containsExactly("started d-1", "start c1 d-1", "any StasisStart", "dtmf 5 on c1",
				"any ChannelDtmfReceived", "any FutureEvent", "end c1", "any StasisEnd",
				"closed d-1 PRIMARY_CHANNEL_ENDED primary");
	}

	@Test
	void giveTheEventChannelOrElseThePrimaryChannel() {
		List<Channel> channels = new ArrayList<>();
		Object bean = new Object() {
			@AriEventListener
			void playback(PlaybackFinishedEvent event, Channel channel) {
				channels.add(channel);
			}

			@AriEventListener
			void dtmf(ChannelDtmfReceivedEvent event, Channel channel) {
				channels.add(channel);
			}
		};
		register(bean);
		this.registry.dispatch(new PlaybackFinishedEvent("PlaybackFinished", "app", null, null, null), this.session);
		this.registry.dispatch(dtmf("other", "1"), this.session);
		assertThat(channels).extracting(Channel::id).containsExactly("primary", "other");
	}

	@Test
	void isolatesAHandlerExceptionAndGoesOn() {
		List<String> handled = new ArrayList<>();
		List<Throwable> errors = new ArrayList<>();
		this.registry.setErrorHandler((error, event, session, handler) -> {
			errors.add(error);
			handled.add("error in " + handler.substring(handler.lastIndexOf('.') + 1) + " on " + event.type());
		});
		register(new Object() {
			@StasisStart
			void fails(StasisStartEvent event) {
				throw new IllegalStateException("boom");
			}
		});
		register(new Object() {
			@StasisStart
			void works(StasisStartEvent event) {
				handled.add("works");
			}
		});
		this.registry.dispatch(stasisStart("c1"), this.session);
		assertThat(handled).containsExactly("error in fails on StasisStart", "works");
		assertThat(errors).singleElement().isInstanceOf(IllegalStateException.class).extracting(Throwable::getMessage).isEqualTo("boom");
	}

	@Test
	void anErrorHandlerThatThrowsIsContained() {
		this.registry.setErrorHandler((error, event, session, handler) -> {
			throw new IllegalArgumentException("handler broke");
		});
		List<String> handled = new ArrayList<>();
		register(new Object() {
			@StasisStart
			void fails() {
				throw new IllegalStateException("boom");
			}

			@StasisEnd
			void end() {
				handled.add("end");
			}
		});
		this.registry.dispatch(stasisStart("c1"), this.session);
		this.registry.dispatch(stasisEnd("c1"), this.session);
		assertThat(handled).containsExactly("end");
	}

	@Test
	void runsHandlersByOrderThenByRegistration() {
		List<String> calls = new ArrayList<>();
		register(new Object() {
			@StasisStart
			void late() {
				calls.add("late");
			}

			@StasisStart
			@Order(-5)
			void early() {
				calls.add("early");
			}
		});
		register(new Object() {
			@StasisStart
			void afterLate() {
				calls.add("afterLate");
			}

			@StasisStart
			void beforeLateByName() {
				calls.add("beforeLateByName");
			}
		});
		this.registry.dispatch(stasisStart("c1"), this.session);
		assertThat(calls).containsExactly("early", "late", "afterLate", "beforeLateByName");
	}

	@Test
	void rejectsAParameterItCannotSupplyNamingTheMethod() {
		assertThatIllegalStateException().isThrownBy(() -> register(new BadParameter()))
			.withMessageContaining("BadParameter.start")
			.withMessageContaining("parameter 'count' of type int");
	}

	@Test
	void rejectsTwoEventParameters() {
		assertThatIllegalStateException().isThrownBy(() -> register(new Object() {
			@AriEventListener
			void both(StasisStartEvent start, StasisEndEvent end) {
			}
		})).withMessageContaining("more than one event parameter");
	}

	@Test
	void rejectsAnEventParameterThatDoesNotFitTheAnnotation() {
		assertThatIllegalStateException().isThrownBy(() -> register(new Object() {
			@StasisStart
			void wrong(StasisEndEvent event) {
			}
		})).withMessageContaining("handles StasisStartEvent but its event parameter is a StasisEndEvent");
	}

	@Test
	void rejectsAListenerWithoutEventType() {
		assertThatIllegalStateException().isThrownBy(() -> register(new Object() {
			@AriEventListener
			void nothing(AriSession session) {
			}
		})).withMessageContaining("names no event type");
	}

	@Test
	void failsTheContextOnABadHandlerBean() {
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> {
			try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
				context.registerBean(AriHandlerRegistry.class, () -> this.registry);
				context.registerBean(AriListenerAnnotationBeanPostProcessor.class,
						() -> new AriListenerAnnotationBeanPostProcessor(this.registry));
				context.registerBean(BadParameter.class);
				context.refresh();
			}
		}).withStackTraceContaining("BadParameter.start");
	}

	@Test
	void registersTheMethodsOfBeansInAContext() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(AriHandlerRegistry.class, () -> this.registry);
			context.registerBean(AriListenerAnnotationBeanPostProcessor.class,
					() -> new AriListenerAnnotationBeanPostProcessor(this.registry));
			context.registerBean(Recorder.class);
			context.refresh();
			this.registry.dispatch(stasisStart("c9"), this.session);
			assertThat(context.getBean(Recorder.class).calls).containsExactly("start c9 d-1", "any StasisStart");
		}
	}

	private <T> T register(T bean) {
		new AriListenerAnnotationBeanPostProcessor(this.registry).postProcessAfterInitialization(bean, "bean");
		return bean;
	}

	static AriSession session() {
		AriSession session = mock(AriSession.class);
		given(session.dialogueId()).willReturn("d-1");
		given(session.primaryChannel()).willReturn(channel("primary"));
		return session;
	}

	static Channel channel(String id) {
		return new Channel(id, null, "PJSIP/" + id, "Up", null, null, null, null, null, "en", null, null, null);
	}

	static StasisStartEvent stasisStart(String channelId) {
		return new StasisStartEvent("StasisStart", "app", null, null, List.of(), channel(channelId), null);
	}

	static StasisEndEvent stasisEnd(String channelId) {
		return new StasisEndEvent("StasisEnd", "app", null, null, channel(channelId));
	}

	static ChannelDtmfReceivedEvent dtmf(String channelId, String digit) {
		return new ChannelDtmfReceivedEvent("ChannelDtmfReceived", "app", null, null, digit, 100, channel(channelId));
	}

	static class Recorder {

		final List<String> calls = new ArrayList<>();

		@DialogueStarted
		void started(String dialogueId) {
			this.calls.add("started " + dialogueId);
		}

		@StasisStart
		@Order(1)
		void start(StasisStartEvent event, AriSession session, String dialogueId) {
			this.calls.add("start " + event.channel().id() + " " + dialogueId);
		}

		@AriEventListener(ChannelDtmfReceivedEvent.class)
		@Order(1)
		void dtmf(AriEvent event, Channel channel) {
			this.calls.add("dtmf " + ((ChannelDtmfReceivedEvent) event).digit() + " on " + channel.id());
		}

		@AriEventListener
		void any(AriEvent event) {
			this.calls.add("any " + event.type());
		}

		@StasisEnd
		@Order(1)
		void end(Channel channel) {
			this.calls.add("end " + channel.id());
		}

		@DialogueClosed
		void closed(DialogueCloseReason reason, String dialogueId, Channel primary) {
			this.calls.add("closed " + dialogueId + " " + reason + " " + primary.id());
		}

	}

	static class BadParameter {

		@StasisStart
		void start(StasisStartEvent event, int count) {
		}

	}

}
