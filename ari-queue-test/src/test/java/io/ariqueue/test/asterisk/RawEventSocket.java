package io.ariqueue.test.asterisk;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import io.ariqueue.test.simulator.asterisk.AriJson;
import tools.jackson.databind.JsonNode;

/**
 * An {@code /ari/events} client on a plain socket, reading frames off the wire itself: it tells a
 * connection that ended without a close frame from one that ended with one, where the JDK's
 * WebSocket client may not. That client now and then misses the end of a connection whose peer
 * closed it: its socket sits in {@code CLOSE_WAIT} and its listener is never told.
 */
final class RawEventSocket implements AutoCloseable {

	/** How {@link #ended(Duration)} reports a connection that ended without a close frame. */
	static final String NO_CLOSE_FRAME = "eof without a close frame";

	private final Socket socket;

	private final DataInputStream in;

	private RawEventSocket(Socket socket) throws IOException {
		this.socket = socket;
		this.in = new DataInputStream(socket.getInputStream());
	}

	static RawEventSocket connect(URI uri, Duration timeout) throws IOException {
		Socket socket = new Socket(uri.getHost(), uri.getPort());
		socket.setSoTimeout((int) timeout.toMillis());
		byte[] nonce = new byte[16];
		ThreadLocalRandom.current().nextBytes(nonce);
		String request = "GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n" + "Host: "
				+ uri.getHost() + ":" + uri.getPort() + "\r\n" + "Upgrade: websocket\r\n" + "Connection: Upgrade\r\n"
				+ "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
				+ "Sec-WebSocket-Version: 13\r\n\r\n";
		OutputStream out = socket.getOutputStream();
		out.write(request.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		RawEventSocket events = new RawEventSocket(socket);
		String status = events.readHeaders();
		if (!status.startsWith("HTTP/1.1 101")) {
			socket.close();
			throw new IOException("Upgrade refused: " + status);
		}
		return events;
	}

	/** The next text frame as an event; fails on anything else. */
	JsonNode next(Duration timeout) throws IOException {
		this.socket.setSoTimeout((int) timeout.toMillis());
		Frame frame = readFrame();
		if (frame == null || frame.opcode() != 1) {
			throw new AssertionError("Expected a text frame, got " + frame);
		}
		return AriJson.read(new String(frame.payload(), StandardCharsets.UTF_8));
	}

	/** Skip events up to the first of this type, and return it. */
	JsonNode awaitType(String type, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
			JsonNode event = next(Duration.ofMillis(left));
			if (type.equals(event.get("type").stringValue())) {
				return event;
			}
		}
	}

	/**
	 * Read until the connection ends: {@link #NO_CLOSE_FRAME}, or {@code "close <status>"} if a
	 * close frame came. Text frames on the way are skipped.
	 */
	String ended(Duration timeout) throws IOException {
		this.socket.setSoTimeout((int) timeout.toMillis());
		try {
			while (true) {
				Frame frame = readFrame();
				if (frame == null) {
					return NO_CLOSE_FRAME;
				}
				if (frame.opcode() == 8) {
					int status = (frame.payload().length >= 2)
							? ((frame.payload()[0] & 0xff) << 8) | (frame.payload()[1] & 0xff) : 1005;
					return "close " + status;
				}
			}
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("The connection did not end within " + timeout, ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private String readHeaders() throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = this.in.read();
			if (b < 0) {
				throw new EOFException("Connection ended in the upgrade answer");
			}
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		String text = head.toString(StandardCharsets.US_ASCII);
		return text.substring(0, text.indexOf("\r\n"));
	}

	/** The next frame, or {@code null} if the connection ended where a frame would start. */
	private Frame readFrame() throws IOException {
		int first = this.in.read();
		if (first < 0) {
			return null;
		}
		int second = this.in.readUnsignedByte();
		if ((second & 0x80) != 0) {
			throw new AssertionError("A server frame is never masked");
		}
		long length = second & 0x7f;
		if (length == 126) {
			length = this.in.readUnsignedShort();
		}
		else if (length == 127) {
			length = this.in.readLong();
		}
		byte[] payload = new byte[Math.toIntExact(length)];
		this.in.readFully(payload);
		return new Frame(first & 0x0f, payload);
	}

	private record Frame(int opcode, byte[] payload) {

		@Override
		public String toString() {
			return "frame " + this.opcode + " of " + this.payload.length + " bytes";
		}

	}

}
