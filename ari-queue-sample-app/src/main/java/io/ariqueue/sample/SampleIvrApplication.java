package io.ariqueue.sample;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.ariqueue.sample.demo.DemoCalls;
import io.ariqueue.sample.demo.NoBrokerException;

/**
 * A small IVR on ari-queue: it answers each call, plays a greeting, reads the caller's choice
 * and hangs up.
 * <p>
 * Launched by {@link #main}, it runs the demo unless {@code sample.demo.enabled=false}: a few simulated
 * calls through the IVR, then it exits. Contexts built from this class in tests never run the demo.
 *
 * @author ari-queue team
 */
@SpringBootApplication
public class SampleIvrApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SampleIvrApplication.class);
		application.setDefaultProperties(Map.of("sample.demo.enabled", "true"));
		ConfigurableApplicationContext context;
		try {
			context = application.run(args);
		}
		catch (NoBrokerException ex) {
			// already said in one line by NoBrokerReporter
			System.exit(1);
			return;
		}
		if (context.getBeanProvider(DemoCalls.class).getIfAvailable() != null) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
