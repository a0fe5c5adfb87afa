package io.ariqueue.test.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application of the harness's own tests: ari-queue auto-configured, handler beans imported by each test.
 *
 * @author ari-queue team
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class HarnessTestApplication {

}
