package io.ariqueue.test.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.rabbitmq.client.ConnectionFactory;

/**
 * A TCP relay on loopback in front of a server, usually the broker, to play the network failures a
 * real deployment sees without touching the server: a cut (every relayed connection closes at
 * once), an outage (new connections are closed as soon as they open), a peer that stalls
 * (connections are accepted and never answered) and a black hole (every byte is lost, and nothing
 * closes).
 *
 * @author ari-queue team
 */
public final class TcpRelay implements AutoCloseable {

	private final ServerSocket server;

	private final String targetHost;

	private final int targetPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean refusing;

	private volatile boolean stalling;

	private volatile boolean blackHoled;

	private volatile boolean closed;

	/**
	 * Start a relay to a server.
	 * @param targetHost the server's host
	 * @param targetPort the server's port
	 * @throws IOException if no local port could be bound
	 */
	public TcpRelay(String targetHost, int targetPort) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		Thread acceptor = new Thread(this::accept, "tcp-relay-" + this.server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Start a relay to a broker.
	 * @param broker the broker
	 * @throws IOException if no local port could be bound
	 */
	public TcpRelay(RabbitBroker broker) throws IOException {
		this(broker.host(), broker.port());
	}

	/**
	 * The relay's port on {@code 127.0.0.1}.
	 * @return the port
	 */
	public int port() {
		return this.server.getLocalPort();
	}

	/**
	 * The Spring Boot properties that point an application at the relay instead of the broker.
	 * @return {@code spring.rabbitmq.host} and {@code spring.rabbitmq.port}
	 */
	public String[] properties() {
		return new String[] { "spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=" + port() };
	}

	/**
	 * A connection factory for the broker that connects through the relay instead and recovers
	 * from a cut as an application's connection does, trying again every 200 ms.
	 * @param broker the broker the relay stands in front of
	 * @return a new factory
	 */
	public ConnectionFactory recoveringConnectionFactory(RabbitBroker broker) {
		ConnectionFactory factory = broker.connectionFactory();
		factory.setHost("127.0.0.1");
		factory.setPort(port());
		factory.setAutomaticRecoveryEnabled(true);
		factory.setNetworkRecoveryInterval(200);
		return factory;
	}

	/**
	 * Drop every relayed connection; new ones are relayed.
	 */
	public void cut() {
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
		this.sockets.clear();
	}

	/**
	 * Drop every connection and close new ones as they open, until {@link #acceptAgain()}: a
	 * server that is gone.
	 */
	public void cutForGood() {
		this.refusing = true;
		cut();
	}

	/**
	 * Accept new connections and relay nothing on them, until {@link #acceptAgain()}: a server
	 * whose host answers TCP but which never speaks.
	 */
	public void stall() {
		this.stalling = true;
	}

	/**
	 * Lose every byte on every connection, open ones included, and stall new ones, without
	 * closing anything, until {@link #acceptAgain()}: a network path that drops every packet, or a
	 * far end that froze. A connection that lost bytes is of no use afterwards.
	 */
	public void blackHole() {
		this.blackHoled = true;
		this.stalling = true;
	}

	/**
	 * Relay new connections again after {@link #cutForGood()}, {@link #stall()} or
	 * {@link #blackHole()}: the outage is over. Connections accepted while stalling stay silent.
	 */
	public void acceptAgain() {
		this.refusing = false;
		this.stalling = false;
		this.blackHoled = false;
	}

	@Override
	public void close() {
		this.closed = true;
		cutForGood();
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket client = this.server.accept();
				if (this.refusing) {
					closeQuietly(client);
					continue;
				}
				this.sockets.add(client);
				if (this.stalling) {
					continue;
				}
				Socket target = new Socket(this.targetHost, this.targetPort);
				target.setTcpNoDelay(true);
				client.setTcpNoDelay(true);
				this.sockets.add(target);
				pump(client, target);
				pump(target, client);
			}
			catch (IOException ex) {
				// the relay closed, or the server refused: the client sees a dropped connection
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (!this.blackHoled) {
						out.write(buffer, 0, read);
						out.flush();
					}
				}
			}
			catch (IOException ex) {
				// cut
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-relay-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

}
