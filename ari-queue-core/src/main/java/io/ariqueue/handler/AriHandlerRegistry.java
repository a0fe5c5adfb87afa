package io.ariqueue.handler;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.function.SingletonSupplier;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.observation.AriHandlerObservation;
import io.ariqueue.observation.AriHandlerObservationContext;
import io.ariqueue.observation.AriHandlerObservationConvention;
import io.ariqueue.observation.DefaultAriHandlerObservationConvention;
import io.ariqueue.session.AriSession;
import io.ariqueue.session.DialogueCloseReason;

/**
 * The application's handler methods, and the {@link AriEventDispatcher} that calls them.
 * <p>
 * Handlers of one event run in the order of their {@link org.springframework.core.annotation.Order
 * @Order}, then in the order they were registered (within a bean, by method name). A handler's
 * exception goes to the {@link AriErrorHandler} and never stops the other handlers of the event,
 * nor the next event.
 * <p>
 * Given an {@link ObservationRegistry}, each invocation is an {@link AriHandlerObservation#HANDLER}
 * observation.
 *
 * @author ari-queue team
 */
public class AriHandlerRegistry implements AriEventDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(AriHandlerRegistry.class);

	private final List<HandlerMethod> eventHandlers = new CopyOnWriteArrayList<>();

	private final List<HandlerMethod> startedCallbacks = new CopyOnWriteArrayList<>();

	private final List<HandlerMethod> closedCallbacks = new CopyOnWriteArrayList<>();

	private final Map<Class<? extends AriEvent>, List<HandlerMethod>> handlersByType = new ConcurrentHashMap<>();

	private volatile Supplier<? extends AriErrorHandler> errorHandler;

	private volatile ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private volatile AriHandlerObservationConvention observationConvention;

	/**
	 * Create a registry whose handler exceptions are logged.
	 */
	public AriHandlerRegistry() {
		this(LoggingAriErrorHandler::new);
	}

	/**
	 * Create a registry whose handler exceptions go to an error handler looked up on first use,
	 * so that the error handler may depend on handler beans.
	 * @param errorHandler supplies the error handler; if it supplies {@code null}, exceptions are
	 * logged
	 */
	public AriHandlerRegistry(Supplier<? extends AriErrorHandler> errorHandler) {
		this.errorHandler = errorHandlerOrLogging(errorHandler);
	}

	/**
	 * Register an event handler method.
	 * @param bean the bean
	 * @param method the method, invocable on the bean
	 * @param eventTypes the event types named on its annotation, may be empty
	 * @throws IllegalStateException if ari-queue cannot call the method
	 */
	public void registerEventHandler(Object bean, Method method, List<Class<? extends AriEvent>> eventTypes) {
		this.eventHandlers.add(HandlerMethod.forEvents(bean, method, eventTypes));
		this.handlersByType.clear();
	}

	/**
	 * Register a method called when a dialogue starts.
	 * @param bean the bean
	 * @param method the method, invocable on the bean
	 * @throws IllegalStateException if ari-queue cannot call the method
	 */
	public void registerDialogueStarted(Object bean, Method method) {
		add(this.startedCallbacks, HandlerMethod.forDialogue(bean, method, false));
	}

	/**
	 * Register a method called when a dialogue ends.
	 * @param bean the bean
	 * @param method the method, invocable on the bean
	 * @throws IllegalStateException if ari-queue cannot call the method
	 */
	public void registerDialogueClosed(Object bean, Method method) {
		add(this.closedCallbacks, HandlerMethod.forDialogue(bean, method, true));
	}

	private static void add(List<HandlerMethod> callbacks, HandlerMethod callback) {
		callbacks.add(callback);
		callbacks.sort(Comparator.comparingInt(HandlerMethod::order));
	}

	/**
	 * Set where handler exceptions go.
	 * @param errorHandler the error handler
	 */
	public void setErrorHandler(AriErrorHandler errorHandler) {
		this.errorHandler = errorHandlerOrLogging(() -> errorHandler);
	}

	private static Supplier<AriErrorHandler> errorHandlerOrLogging(Supplier<? extends AriErrorHandler> supplier) {
		return SingletonSupplier.of(() -> {
			AriErrorHandler errorHandler = supplier.get();
			return (errorHandler != null) ? errorHandler : new LoggingAriErrorHandler();
		});
	}

	/**
	 * Set the registry that observes handler invocations; none by default.
	 * @param observationRegistry the registry
	 */
	public void setObservationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = (observationRegistry != null) ? observationRegistry : ObservationRegistry.NOOP;
	}

	/**
	 * Set the convention of the handler observations, in place of
	 * {@link DefaultAriHandlerObservationConvention}.
	 * @param observationConvention the convention, or {@code null} for the default
	 */
	public void setObservationConvention(AriHandlerObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
	}

	/**
	 * The number of registered event handler methods.
	 * @return the count
	 */
	public int eventHandlerCount() {
		return this.eventHandlers.size();
	}

	@Override
	public void dialogueStarted(AriSession session) {
		for (HandlerMethod callback : this.startedCallbacks) {
			invoke(callback, null, session, null);
		}
	}

	@Override
	public void dispatch(AriEvent event, AriSession session) {
		List<HandlerMethod> handlers = this.handlersByType.computeIfAbsent(event.getClass(), this::handlersFor);
		if (handlers.isEmpty()) {
			logger.trace("No handler for {} in dialogue {}", event.type(), session.dialogueId());
			return;
		}
		for (HandlerMethod handler : handlers) {
			invoke(handler, event, session, null);
		}
	}

	@Override
	public void dialogueClosed(AriSession session, DialogueCloseReason reason) {
		for (HandlerMethod callback : this.closedCallbacks) {
			invoke(callback, null, session, reason);
		}
	}

	private List<HandlerMethod> handlersFor(Class<? extends AriEvent> eventClass) {
		List<HandlerMethod> matching = new ArrayList<>();
		for (HandlerMethod handler : this.eventHandlers) {
			if (handler.handles(eventClass)) {
				matching.add(handler);
			}
		}
		// stable: equal orders keep registration order
		matching.sort(Comparator.comparingInt(HandlerMethod::order));
		return List.copyOf(matching);
	}

	private void invoke(HandlerMethod handler, AriEvent event, AriSession session, DialogueCloseReason reason) {
		ObservationRegistry registry = this.observationRegistry;
		if (registry.isNoop()) {
			call(handler, event, session, reason);
		}
		else {
			observe(registry, handler, event, session, reason);
		}
	}

	private void observe(ObservationRegistry registry, HandlerMethod handler, AriEvent event, AriSession session,
			DialogueCloseReason reason) {
		String eventType = (event != null) ? AriHandlerObservationContext.eventTypeOf(event)
				: (reason != null) ? AriHandlerObservationContext.DIALOGUE_CLOSED
						: AriHandlerObservationContext.DIALOGUE_STARTED;
		AriHandlerObservationContext context = new AriHandlerObservationContext(eventType, handler.observedName(),
				session.dialogueId(), channelId(event, session), event);
		Observation observation = AriHandlerObservation.HANDLER.observation(this.observationConvention,
				DefaultAriHandlerObservationConvention.INSTANCE, () -> context, registry);
		observation.start();
		try (Observation.Scope scope = observation.openScope()) {
			Throwable failure = call(handler, event, session, reason);
			context.setOutcome((failure != null) ? AriHandlerObservationContext.Outcome.ERROR
					: AriHandlerObservationContext.Outcome.SUCCESS);
			if (failure != null) {
				observation.error(failure);
			}
		}
		catch (Error fatal) {
			context.setOutcome(AriHandlerObservationContext.Outcome.ERROR);
			observation.error(fatal);
			throw fatal;
		}
		finally {
			observation.stop();
		}
	}

	private static String channelId(AriEvent event, AriSession session) {
		Channel channel = (event != null) ? EventChannels.channelOf(event) : null;
		if (channel == null) {
			channel = session.primaryChannel();
		}
		return (channel != null) ? channel.id() : null;
	}

	/**
	 * Call a handler method; what it throws goes to the error handler.
	 * @return what it threw, or {@code null}
	 */
	private Throwable call(HandlerMethod handler, AriEvent event, AriSession session, DialogueCloseReason reason) {
		try {
			handler.invoke(event, session, reason);
			return null;
		}
		catch (Throwable ex) {
			if (ex instanceof Error error && !(ex instanceof AssertionError)) {
				throw error;
			}
			try {
				this.errorHandler.get().handleError(ex, event, session, handler.description());
			}
			catch (RuntimeException handlerFailure) {
				logger.error("Error handler failed on an exception of {} in dialogue {}", handler.description(),
						session.dialogueId(), handlerFailure);
			}
			return ex;
		}
	}

}
