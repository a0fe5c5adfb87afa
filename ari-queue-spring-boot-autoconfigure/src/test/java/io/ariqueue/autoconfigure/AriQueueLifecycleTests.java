package io.ariqueue.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the phase of {@link AriQueueLifecycle}: ari-queue starts after the application's
 * other lifecycle beans and stops before them, as Spring AMQP's listener containers do. Nothing
 * listens where the runtime connects: it keeps trying in the background.
 *
 * @author ari-queue team
 */
class AriQueueLifecycleTests {

	@Test
	void startsAfterAndStopsBeforeTheApplicationsLifecycleBeans() {
		Seen seen = new Seen();
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class, AriQueueAutoConfiguration.class))
			.withPropertyValues("spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=1", "ari.queue.application=ivr")
			.withBean(Seen.class, () -> seen)
			.withUserConfiguration(UserLifecycles.class)
			.run((context) -> assertThat(context.getBean(ProxyDialogueRuntime.class).isRunning()).isTrue());
		assertThat(seen.events).containsExactlyInAnyOrder("web-server-phase start: ari-queue running=false",
				"phase-0 start: ari-queue running=false", "web-server-phase stop: ari-queue running=false",
				"phase-0 stop: ari-queue running=false");
	}

	@Test
	void sharesThePhaseOfSpringAmqpListenerContainers() {
		assertThat(AriQueueLifecycle.PHASE)
			.isEqualTo(new org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer().getPhase());
	}

	@Configuration(proxyBeanMethods = false)
	static class UserLifecycles {

		@Bean
		RecordingLifecycle webServerPhase(Seen seen, ObjectProvider<ProxyDialogueRuntime> runtime) {
			// the phase in which Spring Boot starts and stops its web server
			return new RecordingLifecycle("web-server-phase", SmartLifecycle.DEFAULT_PHASE - 2048, seen, runtime);
		}

		@Bean
		RecordingLifecycle phaseZero(Seen seen, ObjectProvider<ProxyDialogueRuntime> runtime) {
			// the phase of a Lifecycle that is no SmartLifecycle
			return new RecordingLifecycle("phase-0", 0, seen, runtime);
		}

	}

	static class RecordingLifecycle implements SmartLifecycle {

		private final String name;

		private final int phase;

		private final Seen seen;

		private final ObjectProvider<ProxyDialogueRuntime> runtime;

		private volatile boolean running;

		RecordingLifecycle(String name, int phase, Seen seen,
				ObjectProvider<ProxyDialogueRuntime> runtime) {
			this.name = name;
			this.phase = phase;
			this.seen = seen;
			this.runtime = runtime;
		}

		@Override
		public void start() {
			this.seen.events.add(this.name + " start: ari-queue running=" + this.runtime.getObject().isRunning());
			this.running = true;
		}

		@Override
		public void stop() {
			this.seen.events.add(this.name + " stop: ari-queue running=" + this.runtime.getObject().isRunning());
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return this.phase;
		}

	}

	static class Seen {

		final List<String> events = new CopyOnWriteArrayList<>();

	}

}
