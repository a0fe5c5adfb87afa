package io.ariqueue.autoconfigure;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.Address;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.amqp.rabbit.connection.AbstractConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import io.ariqueue.handler.AriErrorHandler;
import io.ariqueue.handler.AriHandlerRegistry;
import io.ariqueue.handler.AriListenerAnnotationBeanPostProcessor;
import io.ariqueue.observation.AriCommandObservationConvention;
import io.ariqueue.observation.AriHandlerObservationConvention;
import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.amqp.QueueSettings;
import io.ariqueue.proxy.dialogue.DialogueRuntimeMetrics;
import io.ariqueue.proxy.dialogue.HighAvailabilitySettings;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.proxy.dialogue.ProxyRuntimeSettings;
import io.ariqueue.proxy.dialogue.RuntimeInstrumentation;
import io.ariqueue.proxy.dialogue.StartupSettings;

/**
 * Auto-configuration of ari-queue: finds the handler methods of the application's beans and runs
 * the dialogues that an ARI proxy announces over the RabbitMQ that Spring Boot connects to.
 * Handlers and ARI calls are observed through the application's {@link ObservationRegistry}, if
 * it has one, and counted through a {@link DialogueRuntimeMetrics} bean, if there is one
 * ({@link AriQueueMetricsAutoConfiguration}).
 *
 * @author ari-queue team
 */
@AutoConfiguration(after = RabbitAutoConfiguration.class)
@ConditionalOnClass({ ProxyDialogueRuntime.class, AbstractConnectionFactory.class })
@ConditionalOnBooleanProperty(name = "ari.queue.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AriQueueProperties.class)
public final class AriQueueAutoConfiguration {

	/**
	 * The name of the executor bean that runs handlers.
	 */
	public static final String HANDLER_EXECUTOR_BEAN_NAME = "ariQueueHandlerExecutor";

	private static final Log logger = LogFactory.getLog(AriQueueAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	AriHandlerRegistry ariHandlerRegistry(ObjectProvider<AriErrorHandler> errorHandler,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<AriHandlerObservationConvention> observationConvention) {
		// looked up on first use: an error handler may depend on handler beans
		AriHandlerRegistry registry = new AriHandlerRegistry(errorHandler::getIfAvailable);
		registry.setObservationRegistry(observationRegistry.getIfUnique());
		registry.setObservationConvention(observationConvention.getIfUnique());
		return registry;
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean
	static AriListenerAnnotationBeanPostProcessor ariListenerAnnotationBeanPostProcessor(
			ObjectProvider<AriHandlerRegistry> registry) {
		return new AriListenerAnnotationBeanPostProcessor(registry::getObject);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(AbstractConnectionFactory.class)
	ProxyDialogueRuntime ariQueueRuntime(AbstractConnectionFactory connectionFactory,
			ObjectProvider<RabbitConnectionDetails> connectionDetails, AriQueueProperties properties,
			AriHandlerRegistry registry, @Qualifier(HANDLER_EXECUTOR_BEAN_NAME) Executor workers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<AriCommandObservationConvention> commandObservationConvention,
			ObjectProvider<DialogueRuntimeMetrics> metrics,
			ObjectProvider<AriQueueRuntimeSettingsCustomizer> settingsCustomizers,
			ObjectProvider<AriQueueConnectionFactoryCustomizer> connectionFactoryCustomizers) {
		// the rabbit connection factory holds one host: a cluster's other nodes are in Boot's list
		List<Address> addresses = connectionDetails.stream()
			.findFirst()
			.map((details) -> details.getAddresses()
				.stream()
				.map((address) -> new Address(address.host(), address.port()))
				.toList())
			.orElse(List.of());
		ProxyCompatibility.problems(properties).forEach(logger::warn);
		RuntimeInstrumentation instrumentation = new RuntimeInstrumentation(observationRegistry.getIfUnique(),
				commandObservationConvention.getIfUnique(), metrics.getIfUnique());
		return new ProxyDialogueRuntime(
				AriQueueCustomizers.connectionFactory(connectionFactory, connectionFactoryCustomizers), addresses,
				AriQueueCustomizers.settings(settingsBuilder(properties), settingsCustomizers), registry, workers,
				instrumentation);
	}

	@Bean
	@ConditionalOnBean(ProxyDialogueRuntime.class)
	@ConditionalOnMissingBean(AriQueueLifecycle.class)
	AriQueueLifecycle ariQueueLifecycle(ProxyDialogueRuntime runtime) {
		return new AriQueueLifecycle(runtime);
	}

	static ProxyRuntimeSettings settings(AriQueueProperties properties) {
		return settingsBuilder(properties).build();
	}

	static ProxyRuntimeSettings.Builder settingsBuilder(AriQueueProperties properties) {
		ProxyPreset preset = properties.getProxy();
		AriQueueProperties.Queues queues = properties.getQueues();
		AriQueueProperties.Amqp amqp = properties.getAmqp();
		AriQueueProperties.HighAvailability ha = properties.getHighAvailability();
		AriQueueProperties.Startup startup = properties.getStartup();
		QueueSettings dialogueQueues = queues.getDialogue().applyTo(preset.dialogueQueues());
		return ProxyRuntimeSettings.builder(properties.determineApplications())
			.proxy(preset)
			.applicationQueue(queues.getApplication().applyTo(preset.applicationQueue()))
			.declareApplicationQueue(queues.isDeclareApplicationQueue())
			.eventQueues(dialogueQueues)
			.commandQueue(dialogueQueues.withoutTtl())
			.commandTimeout(properties.getCommandTimeout())
			.maxActiveDialogues(properties.getMaxActiveDialogues())
			.idleTimeout(properties.getDialogueIdleTimeout())
			.firstEventTimeout(properties.getFirstEventTimeout())
			.deleteQueuesOnClose(properties.isDeleteQueuesOnClose())
			.queueDeletionDelay(properties.getQueueDeletionDelay())
			.consumerChannels(amqp.getConsumerChannels())
			.publisherChannels(amqp.getPublisherChannels())
			.prefetch(amqp.getPrefetch())
			.announcementPrefetch(amqp.getAnnouncementPrefetch())
			.maxMessageBytes(Math.toIntExact(properties.getMaxMessageSize().toBytes()))
			.shutdownTimeout(properties.getShutdownTimeout())
			.handlerWarningTimeout(properties.getHandlerWarningTimeout())
			.highAvailability(
					new HighAvailabilitySettings(ha.isEnabled(), ha.getHeartbeatInterval(), ha.getInstanceTimeout()))
			.startup(new StartupSettings(startup.isFailFast(), startup.getInitialRetryInterval(),
					startup.getMaxRetryInterval()));
	}

	@Configuration(proxyBeanMethods = false)
	static class HandlerExecutorConfiguration {

		@Bean(name = HANDLER_EXECUTOR_BEAN_NAME, destroyMethod = "shutdown")
		@ConditionalOnMissingBean(name = HANDLER_EXECUTOR_BEAN_NAME)
		@ConditionalOnThreading(Threading.PLATFORM)
		ThreadPoolExecutor ariQueueHandlerExecutor(AriQueueProperties properties) {
			int threads = properties.getConcurrency();
			return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
					new CustomizableThreadFactory("ari-queue-handler-"));
		}

		@Bean(name = HANDLER_EXECUTOR_BEAN_NAME)
		@ConditionalOnMissingBean(name = HANDLER_EXECUTOR_BEAN_NAME)
		@ConditionalOnThreading(Threading.VIRTUAL)
		SimpleAsyncTaskExecutor ariQueueVirtualHandlerExecutor() {
			SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ari-queue-handler-");
			executor.setVirtualThreads(true);
			return executor;
		}

	}

}
