package io.ariqueue.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small IVR on ari-queue: it answers each call, plays a greeting, reads the caller's choice
 * and hangs up.
 *
 * @author ari-queue team
 */
@SpringBootApplication
public class SampleIvrApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleIvrApplication.class, args);
	}

}
