package io.ariqueue.benchmarks.jmh;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import io.ariqueue.ari.event.AriEvent;
import io.ariqueue.ari.event.AriEventReader;
import io.ariqueue.ari.event.StasisStartEvent;
import io.ariqueue.ari.json.AriJson;
import io.ariqueue.ari.model.Channel;
import io.ariqueue.handler.AriHandlerRegistry;
import io.ariqueue.proxy.wire.EventEnvelope;
import io.ariqueue.proxy.wire.ProxyWireCodec;
import io.ariqueue.session.AriSession;

/**
 * An event handed to a handler method through {@link AriHandlerRegistry#dispatch}: the lookup of
 * the event type's handlers, argument resolution and the reflective call, against a direct call
 * of the same method for scale.
 *
 * @author ari-queue team
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmarks {

	private final AriHandlerRegistry registry = new AriHandlerRegistry();

	private final AriHandlerRegistry observedRegistry = new AriHandlerRegistry();

	private final Handlers handlers = new Handlers();

	private AriEvent event;

	private AriSession session;

	@Setup
	public void setUp() throws NoSuchMethodException {
		Method start = Handlers.class.getDeclaredMethod("start", StasisStartEvent.class, AriSession.class,
				Channel.class);
		this.registry.registerEventHandler(this.handlers, start, List.of());
		// observed as Spring Boot does with Actuator: each observation becomes a timer
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
		this.observedRegistry.setObservationRegistry(observations);
		this.observedRegistry.registerEventHandler(this.handlers, start, List.of());
		EventEnvelope envelope = new ProxyWireCodec(1024 * 1024).readEvent(WireCodecBenchmarks.STASIS_START);
		this.event = new AriEventReader(AriJson.mapper()).read(envelope.type(), envelope.ariBody());
		// the handler touches nothing of the session: a stub is enough to resolve the parameter
		this.session = (AriSession) Proxy.newProxyInstance(AriSession.class.getClassLoader(),
				new Class<?>[] { AriSession.class }, (proxy, method, args) -> switch (method.getName()) {
					case "dialogueId" -> "5c3b6f0e-9a1d-2e4f-8b7c-0d1e2f3a4b5c";
					case "hashCode" -> 1;
					case "equals" -> proxy == args[0];
					default -> null;
				});
	}

	@Benchmark
	public void dispatch(Blackhole blackhole) {
		this.registry.dispatch(this.event, this.session);
		blackhole.consume(this.handlers.count);
	}

	@Benchmark
	public void observedDispatch(Blackhole blackhole) {
		this.observedRegistry.dispatch(this.event, this.session);
		blackhole.consume(this.handlers.count);
	}

	@Benchmark
	public void directCall(Blackhole blackhole) {
		this.handlers.start((StasisStartEvent) this.event, this.session, ((StasisStartEvent) this.event).channel());
		blackhole.consume(this.handlers.count);
	}

	/**
	 * A handler bean as a user writes one.
	 */
	public static class Handlers {

		long count;

		public void start(StasisStartEvent event, AriSession session, Channel channel) {
			this.count += channel.id().length();
		}

	}

}
