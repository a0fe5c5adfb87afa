package io.ariqueue.it;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;

/**
 * A Spring Boot application with ari-queue auto-configured against the test kit's shared broker, or
 * another, and the given handler beans: the product as a user runs it.
 *
 * @author ari-queue team
 */
final class RunningApplication implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningApplication(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static RunningApplication start(String application, Class<?>[] beans, String... properties) {
		return start(BrokerLocator.shared(), application, beans, properties);
	}

	static RunningApplication start(RabbitBroker broker, String application, Class<?>[] beans, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.rabbitmq.host=" + broker.host(),
				"spring.rabbitmq.port=" + broker.port(), "spring.rabbitmq.username=" + broker.username(),
				"spring.rabbitmq.password=" + broker.password(), "spring.rabbitmq.virtual-host=" + broker.virtualHost(),
				"ari.queue.application=" + application,
				"ari.queue.command-timeout=5s", "ari.queue.concurrency=8"));
		all.addAll(List.of(properties));
		Class<?>[] sources = new Class<?>[beans.length + 1];
		sources[0] = TestApplication.class;
		System.arraycopy(beans, 0, sources, 1, beans.length);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(sources)
			.web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run();
		return new RunningApplication(context);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	ProxyDialogueRuntime runtime() {
		return bean(ProxyDialogueRuntime.class);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
