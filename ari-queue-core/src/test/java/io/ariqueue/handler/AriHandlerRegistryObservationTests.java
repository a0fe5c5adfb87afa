package io.ariqueue.handler;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import io.ariqueue.annotation.AriEventListener;
import io.ariqueue.annotation.DialogueClosed;
import io.ariqueue.annotation.DialogueStarted;
import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.event.UnknownEvent;
import io.ariqueue.observation.AriHandlerObservationContext;
import io.ariqueue.observation.AriHandlerObservationConvention;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the observations {@link AriHandlerRegistry} makes of handler invocations.
 *
 * @author ari-queue team
 */
class AriHandlerRegistryObservationTests {

	private final TestObservationRegistry observations = TestObservationRegistry.create();

	private final List<Throwable> errors = new ArrayList<>();

	private final AriHandlerRegistry registry = new AriHandlerRegistry(
			() -> (error, event, session, handler) -> this.errors.add(error));

	private final AriSession session = AriHandlerRegistryTests.session();

	@Test
	void observesEachHandlerMethodWithItsEventTypeHandlerAndIds() {
		this.registry.setObservationRegistry(this.observations);
		register(new Greeter());
		this.registry.dispatch(AriHandlerRegistryTests.stasisStart("c1"), this.session);
		assertThat(this.observations).hasNumberOfObservationsWithNameEqualTo("ari.queue.handler", 1)
			.hasObservationWithNameEqualTo("ari.queue.handler")
			.that()
			.hasBeenStarted()
			.hasBeenStopped()
			.hasContextualNameEqualTo("Greeter#greet")
			.hasLowCardinalityKeyValue("event.type", "StasisStart")
			.hasLowCardinalityKeyValue("handler", "Greeter#greet")
			.hasLowCardinalityKeyValue("outcome", "success")
			.hasHighCardinalityKeyValue("dialogue.id", "d-1")
			.hasHighCardinalityKeyValue("channel.id", "c1")
			.doesNotHaveError();
	}

	@Test
	void marksAHandlerThatThrewAsAnErrorAndStillHandsTheExceptionToTheErrorHandler() {
		this.registry.setObservationRegistry(this.observations);
		register(new Failing());
		this.registry.dispatch(AriHandlerRegistryTests.stasisStart("c1"), this.session);
		assertThat(this.errors).singleElement().isInstanceOf(IllegalStateException.class);
		assertThat(this.observations).hasObservationWithNameEqualTo("ari.queue.handler")
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("outcome", "error")
			.hasError(this.errors.get(0));
	}

	@Test
	void namesTheDialogueCallbacksAndEventsOfUnknownTypes() {
		List<String> stopped = new ArrayList<>();
		ObservationRegistry recording = ObservationRegistry.create();
		recording.observationConfig().observationHandler(new ObservationHandler<AriHandlerObservationContext>() {

			@Override
			public void onStop(AriHandlerObservationContext context) {
				stopped.add(context.getEventType() + " " + context.getHandler() + " " + context.getChannelId());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof AriHandlerObservationContext;
			}

		});
		this.registry.setObservationRegistry(recording);
		register(new Callbacks());
		this.registry.dialogueStarted(this.session);
		this.registry.dispatch(new UnknownEvent("MadeUpByAProxy-42", "app", null, null, "{}"), this.session);
		this.registry.dialogueClosed(this.session, DialogueCloseReason.IDLE_TIMEOUT);
		assertThat(stopped)
			.containsExactly("DialogueStarted Callbacks#started primary", "Unknown Callbacks#any primary",
					"DialogueClosed Callbacks#closed primary");
	}

	@Test
	void usesTheConventionItIsGiven() {
		this.registry.setObservationRegistry(this.observations);
		this.registry.setObservationConvention(new AriHandlerObservationConvention() {

			@Override
			public String getName() {
				return "calls.handled";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(AriHandlerObservationContext context) {
				return KeyValues.of("type", context.getEventType());
			}

		});
		register(new Greeter());
		this.registry.dispatch(AriHandlerRegistryTests.stasisStart("c1"), this.session);
		assertThat(this.observations).hasObservationWithNameEqualTo("calls.handled")
			.that()
			.hasLowCardinalityKeyValue("type", "StasisStart")
			.doesNotHaveLowCardinalityKeyValueWithKey("handler");
	}

	@Test
	void aCommandMadeInAHandlerIsAChildOfItsObservation() {
		this.registry.setObservationRegistry(this.observations);
		List<Observation> current = new ArrayList<>();
		register(new Object() {

			@AriEventListener
			void greet(StasisStartEvent event) {
				current.add(AriHandlerRegistryObservationTests.this.observations.getCurrentObservation());
			}

		});
		this.registry.dispatch(AriHandlerRegistryTests.stasisStart("c1"), this.session);
		assertThat(current).singleElement().satisfies((observation) -> assertThat(observation.getContext())
			.isInstanceOf(AriHandlerObservationContext.class));
	}

	@Test
	void observesNothingWithoutARegistry() {
		Greeter greeter = register(new Greeter());
		this.registry.dispatch(AriHandlerRegistryTests.stasisStart("c1"), this.session);
		assertThat(greeter.greeted).isEqualTo(1);
		assertThat(this.observations).doesNotHaveAnyObservation();
	}

	private <T> T register(T bean) {
		new AriListenerAnnotationBeanPostProcessor(this.registry).postProcessAfterInitialization(bean, "bean");
		return bean;
	}

	static class Greeter {

		int greeted;

		@AriEventListener
		void greet(StasisStartEvent event) {
			this.greeted++;
		}

	}

	static class Failing {

		@AriEventListener
		void fail(StasisStartEvent event) {
			throw new IllegalStateException("simulated");
		}

	}

	static class Callbacks {

		@DialogueStarted
		void started(AriSession session) {
		}

		@AriEventListener
		void any(AriEvent event) {
		}

		@DialogueClosed
		void closed(AriSession session) {
		}

	}

}
