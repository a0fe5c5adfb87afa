package io.ariqueue.sample;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.ariqueue.test.junit.BrokerLocator;
import io.ariqueue.test.junit.RabbitBroker;
import io.ariqueue.test.simulator.ProxySimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mode end to end on the real broker: its calls complete, it asks to exit with 0, and it leaves
 * no queue behind.
 *
 * @author ari-queue team
 */
class DemoTests {

	@Test
	void placesItsCallsAndExitsCleanly() {
		RabbitBroker broker = BrokerLocator.shared();
		ConfigurableApplicationContext context = SpringApplication.run(SampleIvrApplication.class,
				"--sample.demo.enabled=true", "--sample.demo.calls=2", "--spring.main.banner-mode=off",
				"--spring.rabbitmq.host=" + broker.host(), "--spring.rabbitmq.port=" + broker.port(),
				"--spring.rabbitmq.username=" + broker.username(), "--spring.rabbitmq.password=" + broker.password());
		ProxySimulator proxy = context.getBean(ProxySimulator.class);
		String application = proxy.applicationQueue();
		assertThat(application).startsWith("sample-ivr-demo-");
		assertThat(proxy.dialogues()).hasSize(2);
		assertThat(SpringApplication.exit(context)).isZero();
		assertThat(broker.queueExists(application)).isFalse();
		assertThat(proxy.dialogues()).allSatisfy((dialogue) -> assertThat(dialogue.queues()).noneMatch(broker::queueExists));
	}

	@Test
	void staysOffInContextsBuiltFromTheApplicationClass() {
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleIvrApplication.class,
				"--ari.queue.enabled=false", "--server.port=0", "--spring.main.banner-mode=off")) {
			assertThat(context.getBeanProvider(ProxySimulator.class).getIfAvailable()).isNull();
		}
	}

}
