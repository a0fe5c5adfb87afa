package io.ariqueue.test.junit;

import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit Jupiter extension that provides a RabbitMQ broker to test parameters of type {@link RabbitBroker}
 * or {@link ConnectionFactory}. The broker is found once per JVM by {@link BrokerLocator#shared()}; when there
 * is none, every test that asks for one fails (it is never skipped) with a message saying how to get one.
 *
 * @author ari-queue
 * @see WithRabbitBroker
 */
public class RabbitBrokerExtension implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == RabbitBroker.class || type == ConnectionFactory.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		RabbitBroker broker = broker(extensionContext);
		return (parameterContext.getParameter().getType() == RabbitBroker.class) ? broker
				: broker.connectionFactory();
	}

	/**
	 * The broker for this test run.
	 * @param context any extension context of the run
	 * @return the broker
	 * @throws ParameterResolutionException when there is none
	 */
	static RabbitBroker broker(ExtensionContext context) {
		try {
			// one lookup per JVM, shared with tests that call BrokerLocator.shared() directly
			return BrokerLocator.shared();
		}
		catch (IllegalStateException ex) {
			throw new ParameterResolutionException(ex.getMessage());
		}
	}

}
