package io.ariqueue.queueproxy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;

/**
 * An ari-queue application, the starter with the given handler beans, on the test broker: the
 * client side of the proxy as users run it.
 *
 * @author ari-queue team
 */
final class RunningClient implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningClient(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static RunningClient start(String application, Class<?>[] beans, String... properties) {
		RabbitBroker broker = BrokerLocator.shared();
		List<String> all = new ArrayList<>(List.of("spring.rabbitmq.host=" + broker.host(),
				"spring.rabbitmq.port=" + broker.port(), "spring.rabbitmq.username=" + broker.username(),
				"spring.rabbitmq.password=" + broker.password(), "spring.rabbitmq.virtual-host=" + broker.virtualHost(),
				"ari.queue.application=" + application, "ari.queue.proxy=ari-queue-proxy", "ari.queue.command-timeout=5s",
				"ari.queue.concurrency=16", "ari.queue.queue-deletion-delay=200ms", "spring.main.banner-mode=off",
				"management.endpoints.enabled-by-default=false"));
		all.addAll(List.of(properties));
		Class<?>[] sources = new Class<?>[beans.length + 1];
		sources[0] = ClientApplication.class;
		System.arraycopy(beans, 0, sources, 1, beans.length);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(sources).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run();
		return new RunningClient(context);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ClientApplication {

	}

}
