package io.ariqueue.queueproxy.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import io.ariqueue.queueproxy.AriQueueProxyApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Binding and validation of {@link AriProxyProperties}: a bad value stops the start with the
 * property named.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class AriProxyPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesOnly.class)
		.withPropertyValues("ari.proxy.applications=ivr");

	@Test
	void theDefaultsAreValid() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			AriProxyProperties properties = context.getBean(AriProxyProperties.class);
			assertThat(properties.getCommands().getAllowed()).containsExactly("*");
			assertThat(properties.getAsterisk().getPingInterval()).hasSeconds(5);
			assertThat(properties.getAsterisk().getPongTimeout()).hasSeconds(5);
			assertThat(properties.getCommands().getDenied()).contains("asterisk.unloadModule", "asterisk.rotateLog");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ari.proxy.applications=                      | applications
			ari.proxy.server-id=                         | serverId
			ari.proxy.command-threads=0                  | commandThreads
			ari.proxy.max-buffered-events=-1             | maxBufferedEvents
			ari.proxy.grace-period=-1s                   | gracePeriod
			ari.proxy.dialogue-variable=NOT A NAME       | dialogueVariable
			ari.proxy.max-message-size=0B                | ari.proxy.max-message-size must be between 1B and 1GB
			ari.proxy.asterisk.url=http:///ari           | ari.proxy.asterisk.url must be an absolute http or https URL
			ari.proxy.asterisk.url=pbx1:8088/ari         | ari.proxy.asterisk.url must be an absolute http or https URL
			ari.proxy.asterisk.request-timeout=0s        | requestTimeout
			ari.proxy.asterisk.ping-interval=-1s         | pingInterval
			ari.proxy.asterisk.pong-timeout=0s           | pongTimeout
			ari.proxy.amqp.publisher-channels=0          | publisherChannels
			ari.proxy.amqp.consumer-channels=0           | consumerChannels
			ari.proxy.amqp.prefetch=0                    | prefetch
			ari.proxy.amqp.admin-channels=2              | adminChannels
			ari.proxy.amqp.publisher-threads=0           | publisherThreads
			""")
	void aBadValueStopsTheStartNamingTheProperty(String property, String named) {
		this.runner.withPropertyValues(property).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOf(BindValidationException.class);
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(named);
		});
	}

	@Test
	void theStartFailsWithBootsReportAndAnAction(CapturedOutput output) {
		SpringApplication application = new SpringApplication(AriQueueProxyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--spring.main.banner-mode=off",
				"--ari.proxy.applications=ivr", "--ari.proxy.amqp.publisher-channels=0"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: ari.proxy.amqp.publisherChannels")
			.contains("must be greater than or equal to 1")
			.contains("Action:");
	}

	@Test
	void noApplicationGetsBootsReportRatherThanAStackTrace(CapturedOutput output) {
		SpringApplication application = new SpringApplication(AriQueueProxyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--spring.main.banner-mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: ari.proxy.applications")
			.contains("must not be empty");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AriProxyProperties.class)
	static class PropertiesOnly {

	}

}
