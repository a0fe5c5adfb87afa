package io.ariqueue.it.readme;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application of the README's examples: the quick start's {@link Ivr}, auto-configured.
 *
 * @author ari-queue team
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(Ivr.class)
class ReadmeApplication {

}
