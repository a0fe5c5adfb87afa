package io.ariqueue.autoconfigure;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.Address;
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
import io.ariqueue.proxy.ProxyPreset;
import io.ariqueue.proxy.amqp.QueueSettings;
import io.ariqueue.proxy.dialogue.HighAvailabilitySettings;
import io.ariqueue.proxy.dialogue.ProxyDialogueRuntime;
import io.ariqueue.proxy.dialogue.ProxyRuntimeSettings;

/**
 * Auto-configuration of ari-queue: finds the handler methods of the application's beans and runs
 * the dialogues that an ARI proxy announces over the RabbitMQ that Spring Boot connects to.
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
	AriHandlerRegistry ariHandlerRegistry(ObjectProvider<AriErrorHandler> errorHandler) {
		// looked up on first use: an error handler may depend on handler beans
		return new AriHandlerRegistry(errorHandler::getIfAvailable);
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
	@ConditionalOnBean(AbstractConnectionFactory.class)
	ProxyDialogueRuntime ariQueueRuntime(AbstractConnectionFactory connectionFactory,
			ObjectProvider<RabbitConnectionDetails> connectionDetails, AriQueueProperties properties,
			AriHandlerRegistry registry, @Qualifier(HANDLER_EXECUTOR_BEAN_NAME) Executor workers) {
		// the rabbit connection factory holds one host: a cluster's other nodes are in Boot's list
		List<Address> addresses = connectionDetails.stream()
			.findFirst()
			.map((details) -> details.getAddresses()
				.stream()
				.map((address) -> new Address(address.host(), address.port()))
				.toList())
			.orElse(List.of());
		ProxyCompatibility.problems(properties).forEach(logger::warn);
		return new ProxyDialogueRuntime(connectionFactory.getRabbitConnectionFactory(), addresses, settings(properties),
				registry, workers);
	}

	@Bean
	@ConditionalOnBean(ProxyDialogueRuntime.class)
	@ConditionalOnMissingBean(AriQueueLifecycle.class)
	AriQueueLifecycle ariQueueLifecycle(ProxyDialogueRuntime runtime) {
		return new AriQueueLifecycle(runtime);
	}

	static ProxyRuntimeSettings settings(AriQueueProperties properties) {
		ProxyPreset preset = properties.getProxy();
		AriQueueProperties.Queues queues = properties.getQueues();
		AriQueueProperties.Amqp amqp = properties.getAmqp();
		AriQueueProperties.HighAvailability ha = properties.getHighAvailability();
		QueueSettings dialogueQueues = queues.getDialogue().applyTo(preset.dialogueQueues());
		return new ProxyRuntimeSettings(properties.determineApplications(), preset,
				queues.getApplication().applyTo(preset.applicationQueue()), queues.isDeclareApplicationQueue(),
				dialogueQueues, dialogueQueues.withoutTtl(), properties.getCommandTimeout(),
				properties.getMaxActiveDialogues(), properties.getDialogueIdleTimeout(),
				properties.getFirstEventTimeout(), properties.isDeleteQueuesOnClose(), properties.getQueueDeletionDelay(), amqp.getConsumerChannels(),
				amqp.getPublisherChannels(), amqp.getPrefetch(), amqp.getAnnouncementPrefetch(),
				Math.toIntExact(properties.getMaxMessageSize().toBytes()),
				properties.getShutdownTimeout(), properties.getHandlerWarningTimeout(),
				new HighAvailabilitySettings(ha.isEnabled(), ha.getHeartbeatInterval(), ha.getInstanceTimeout()));
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
