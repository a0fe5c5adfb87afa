package io.ariqueue.queueproxy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * ari-queue-proxy: holds one Asterisk's ARI WebSocket and speaks the go-ari-proxy wire protocol
 * on RabbitMQ.
 *
 * @author ari-queue team
 */
// an ari-queue client on the class path (as in tests) must not start inside the proxy
@SpringBootApplication(excludeName = "io.ariqueue.autoconfigure.AriQueueAutoConfiguration")
public class AriQueueProxyApplication {

	public static void main(String[] args) {
		SpringApplication.run(AriQueueProxyApplication.class, args);
	}

}
