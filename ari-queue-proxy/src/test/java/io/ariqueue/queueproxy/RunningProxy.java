package io.ariqueue.queueproxy;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.ariqueue.test.asterisk.AriServerDouble;
import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;

/**
 * ari-queue-proxy as a user runs it, against the ARI server double and the test broker.
 *
 * @author ari-queue team
 */
final class RunningProxy implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningProxy(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static RunningProxy start(AriServerDouble asterisk, String applications, String... properties) {
		RabbitBroker broker = BrokerLocator.shared();
		List<String> all = new ArrayList<>(List.of("spring.rabbitmq.host=" + broker.host(),
				"spring.rabbitmq.port=" + broker.port(), "spring.rabbitmq.username=" + broker.username(),
				"spring.rabbitmq.password=" + broker.password(), "spring.rabbitmq.virtual-host=" + broker.virtualHost(),
				"ari.proxy.applications=" + applications, "ari.proxy.server-id=pbx-test-1",
				"ari.proxy.asterisk.url=" + asterisk.httpUri(), "ari.proxy.asterisk.username=" + asterisk.username(),
				"ari.proxy.asterisk.password=" + asterisk.password(), "ari.proxy.grace-period=300ms",
				"ari.proxy.asterisk.reconnect-initial-delay=50ms", "ari.proxy.asterisk.reconnect-max-delay=500ms",
				"ari.proxy.asterisk.ping-interval=1s", "ari.proxy.asterisk.pong-timeout=2s",
				"ari.proxy.client-check-interval=500ms", "ari.proxy.client-release-timeout=5s",
				"spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		// default properties give way to application.properties, which sets server.port=8090: the
		// port goes on the command line, so that proxies of parallel runs never contend for it
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AriQueueProxyApplication.class)
			.properties(all.toArray(String[]::new))
			.run("--server.port=0");
		return new RunningProxy(context);
	}

	AriQueueProxy proxy() {
		return this.context.getBean(AriQueueProxy.class);
	}

	MeterRegistry meters() {
		return this.context.getBean(MeterRegistry.class);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port"));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
