package io.ariqueue.sample.demo;

import org.springframework.amqp.rabbit.connection.AbstractConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.ariqueue.autoconfigure.AriQueueProperties;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.test.simulator.Flavour;
import io.ariqueue.test.simulator.ProxySimulator;

/**
 * The demo: a proxy simulator on the IVR's own broker and application, and the calls it places.
 *
 * @author ari-queue team
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sample.demo.enabled")
class DemoConfiguration {

	/** Closed as a bean, after ari-queue has stopped, so that deleting its queues pulls none from under it. */
	@Bean
	ProxySimulator demoProxySimulator(AbstractConnectionFactory connectionFactory, AriQueueProperties properties) {
		return ProxySimulator.builder(connectionFactory.getRabbitConnectionFactory())
			.application(properties.getApplication())
			.flavour(Flavour.valueOf(properties.getProxy().name()))
			.build();
	}

	/**
	 * Takes the runtime lazily: created early through a dependency, it would meet its handler executor's
	 * factory method before the executor exists.
	 */
	@Bean
	DemoCalls demoCalls(ProxySimulator demoProxySimulator, ObjectProvider<ProxyDialogueRuntime> runtime,
			Environment environment) {
		return new DemoCalls(demoProxySimulator, runtime::getObject,
				environment.getProperty("sample.demo.calls", Integer.class, 3));
	}

}
