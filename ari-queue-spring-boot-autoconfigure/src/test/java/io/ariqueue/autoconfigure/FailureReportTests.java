package io.ariqueue.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What a user reads when ari-queue stops an application from starting: Spring Boot's "APPLICATION
 * FAILED TO START" report with a description and an action. Start-up fails before anything
 * connects: no broker is needed.
 *
 * @author ari-queue team
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureReportTests {

	@Test
	void explainsAMissingApplication(CapturedOutput output) {
		assertThatException().isThrownBy(this::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("ari-queue has no ARI application to serve")
			.contains("Set 'ari.queue.application' to the name of the ARI application");
	}

	@Test
	void namesAnInvalidProperty(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("spring.config.name=invalid-publisher-channels"));
		// Spring Boot's own report, which names the property in its Java form
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Binding to target io.ariqueue.autoconfigure.AriQueueProperties failed")
			.contains("Property: ari.queue.amqp.publisherChannels")
			.contains("Value: \"0\"")
			.contains("Reason: must be greater than or equal to 1");
	}

	private void run(String... properties) {
		new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.properties("spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=1")
			.properties(properties)
			.run()
			.close();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ RabbitAutoConfiguration.class, AriQueueAutoConfiguration.class })
	static class Application {

	}

}
