package io.ariqueue.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.ariqueue.test.junit.RabbitBroker;

/**
 * A TCP relay on 127.0.0.1 between an application and the broker, which a test can cut: the
 * network failure that a real deployment sees, without touching the broker.
 *
 * @author ari-queue team
 */
final class TcpRelay implements AutoCloseable {

	private final ServerSocket server;

	private final RabbitBroker broker;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean refusing;

	TcpRelay(RabbitBroker broker) throws IOException {
		this.broker = broker;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "tcp-relay-" + port());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	/**
	 * The properties that point an application at the relay instead of the broker.
	 * @return the properties
	 */
	String[] properties() {
		return new String[] { "spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=" + port() };
	}

	/**
	 * Drop every connection through the relay; new ones are accepted.
	 */
	void cut() {
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
		this.sockets.clear();
	}

	/**
	 * Drop every connection and refuse new ones, as for an instance that is gone for good.
	 */
	void cutForGood() {
		this.refusing = true;
		cut();
	}

	/**
	 * Accept connections again after {@link #cutForGood()}: the outage is over.
	 */
	void acceptAgain() {
		this.refusing = false;
	}

	@Override
	public void close() {
		cutForGood();
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (this.refusing) {
					closeQuietly(client);
					continue;
				}
				Socket broker = new Socket(this.broker.host(), this.broker.port());
				this.sockets.add(client);
				this.sockets.add(broker);
				pump(client, broker);
				pump(broker, client);
			}
			catch (IOException ex) {
				// the server socket closed, or the broker refused: the client sees a dropped connection
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
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
