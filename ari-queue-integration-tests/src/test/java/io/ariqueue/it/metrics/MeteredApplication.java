package io.ariqueue.it.metrics;

import io.micrometer.observation.tck.TestObservationRegistry;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * An application with Spring Boot's metrics and observations, whose observation registry is a
 * {@link TestObservationRegistry} that Spring Boot configures as it would its own.
 *
 * @author ari-queue team
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(AnsweringCalls.class)
class MeteredApplication {

	@Bean
	TestObservationRegistry observationRegistry() {
		return TestObservationRegistry.create();
	}

}
