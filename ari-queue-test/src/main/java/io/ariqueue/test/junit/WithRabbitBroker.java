package io.ariqueue.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class (or method) with a real RabbitMQ: parameters of type {@link RabbitBroker} or
 * {@link com.rabbitmq.client.ConnectionFactory} are resolved by {@link RabbitBrokerExtension}.
 *
 * <pre class="code">
 * &#064;WithRabbitBroker
 * class IvrTests {
 *     &#064;Test
 *     void answers(ConnectionFactory connectionFactory) { ... }
 * }
 * </pre>
 *
 * @author ari-queue
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RabbitBrokerExtension.class)
public @interface WithRabbitBroker {

}
