package io.ariqueue.test.asterisk;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.ariqueue.test.simulator.CallSpec;
import io.ariqueue.test.simulator.asterisk.ChannelSnapshot;
import io.ariqueue.test.simulator.asterisk.FakeAsterisk;
import io.ariqueue.test.simulator.asterisk.FakeAsteriskSettings;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * An ARI server double: the simulator's {@link FakeAsterisk} behind a real HTTP endpoint and a real
 * WebSocket on {@code 127.0.0.1}, with Asterisk's paths ({@code /ari/...}, {@code /ari/events}),
 * authentication (HTTP Basic or {@code api_key=user:password}, else {@code 401
 * {"message":"Authentication required"}}) and JSON. A client such as an ARI proxy talks to it exactly as
 * it talks to Asterisk.
 * <p>
 * Each event is one text frame holding the event's JSON as the fake Asterisk serializes it
 * ({@code AriEvent.json()}), sent to the WebSocket that serves the event's application. An application is
 * served by the latest WebSocket that named it in {@code app} (any name, as in Asterisk, though calls
 * only enter the {@link #applications()} of the fake Asterisk); an older one receives
 * {@code ApplicationReplaced}. A WebSocket serves its applications from the moment its upgrade is
 * accepted, so a client that holds an open WebSocket receives every later event. Events of an application
 * no WebSocket serves are lost, as in Asterisk.
 * <p>
 * Events reach a WebSocket in the order the fake Asterisk emits them: it emits holding its monitor, and
 * each event is handed, still under that monitor, to the connection's own ordered frame queue, which never
 * blocks on the network. A client more than {@link Builder#maxPendingFrames(int)} frames behind is cut.
 * The HTTP answer to a request and the events it causes travel on different connections, as with
 * Asterisk: some events are emitted while the request is carried out ({@code ChannelStateChange} of an
 * answer), others once the answer has been written ({@code PlaybackStarted}, the {@code StasisStart} of an
 * originated channel); either kind may reach the client before the answer does.
 * <p>
 * Faults: failed and late HTTP answers ({@link #failRequests}, {@link #delayRequests}), WebSockets cut
 * ({@link #dropWebSockets()}) or refused ({@link #refuseWebSockets(boolean)}), and an Asterisk restart
 * ({@link #restart()}). Requests are recorded ({@link #requests()}).
 * <p>
 * Thread-safe. {@link #builder()} starts one; {@link #close()} stops it.
 *
 * @author ari-queue
 */
public final class AriServerDouble implements AutoCloseable {

	private final String username;

	private final String password;

	private final FakeAsterisk asterisk;

	private final EventSockets sockets = new EventSockets();

	private final Faults faults = new Faults();

	private final List<RecordedRequest> requests = new ArrayList<>();

	private final Server server;

	private final ServerConnector connector;


	private final int port;

	private AriServerDouble(Builder settings) {
		this.username = settings.username;
		this.password = settings.password;
		this.asterisk = new FakeAsterisk(new FakeAsteriskSettings(settings.applications, settings.asteriskId,
				settings.playbackDuration, settings.recordingDuration, settings.answerOriginatedCalls),
				this.sockets::deliver);
		this.sockets.attach(this.asterisk);
		QueuedThreadPool threads = new QueuedThreadPool();
		threads.setName("ari-server-double");
		threads.setDaemon(true);
		this.server = new Server(threads);
		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		this.connector = new ServerConnector(this.server, new HttpConnectionFactory(http));
		this.connector.setHost("127.0.0.1");
		this.connector.setPort(settings.port);
		this.server.addConnector(this.connector);
		ServerWebSocketContainer webSockets = ServerWebSocketContainer.ensure(this.server);
		// Asterisk never closes an idle events WebSocket
		webSockets.setIdleTimeout(Duration.ZERO);
		this.server.setHandler(new AriHttpHandler(this.asterisk,
				new AriAuthenticator(settings.username, settings.password), this.faults, this.sockets, webSockets,
				this::record, settings.strictParameterTypes, settings.maxPendingFrames));
		try {
			this.server.start();
		}
		catch (Exception ex) {
			stopQuietly();
			throw new IllegalStateException("Cannot start the ARI server double: " + ex.getMessage(), ex);
		}
		this.port = this.connector.getLocalPort();
	}

	/**
	 * Start configuring a double. Defaults: application {@code ari-queue}, credentials
	 * {@code asterisk}/{@code asterisk}, playbacks finish at once, originated calls are answered at once.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The ARI base URL, e.g. {@code http://127.0.0.1:38121/ari}.
	 * @return the URL
	 */
	public URI httpUri() {
		return URI.create("http://127.0.0.1:" + this.port + "/ari");
	}

	/**
	 * The events WebSocket URL without query, e.g. {@code ws://127.0.0.1:38121/ari/events}; add
	 * {@code ?app=<name>[,<name2>]} and {@code api_key=user:password} (or use Basic authentication).
	 * @return the URL
	 */
	public URI webSocketUri() {
		return URI.create("ws://127.0.0.1:" + this.port + "/ari/events");
	}

	/**
	 * The port it listens on, on {@code 127.0.0.1}.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * The ARI user name.
	 * @return the user name
	 */
	public String username() {
		return this.username;
	}

	/**
	 * The ARI password.
	 * @return the password
	 */
	public String password() {
		return this.password;
	}

	/**
	 * The applications the fake Asterisk has in its dialplan: calls can be placed into them and channels
	 * originated into them.
	 * @return the applications, the default one first
	 */
	public List<String> applications() {
		return this.asterisk.settings().applications();
	}

	/**
	 * The fake Asterisk behind the endpoint, for far-end actions ({@code hangUpFarEnd}, {@code pressDtmf},
	 * {@code answerFarEnd}) and state ({@code channels()}, {@code bridges()}, {@code await}).
	 * @return the fake Asterisk
	 */
	public FakeAsterisk asterisk() {
		return this.asterisk;
	}

	/**
	 * A call comes in with default settings (see {@link CallSpec}): a ringing channel enters the
	 * application, which receives {@code StasisStart}.
	 * @param application the application
	 * @return the channel id
	 * @throws IllegalStateException if no WebSocket serves the application (Asterisk's {@code Stasis()}
	 * would fail)
	 */
	public String placeCall(String application) {
		return placeCall(application, (spec) -> {
		});
	}

	/**
	 * A call comes in: a channel enters the application, which receives {@code StasisStart}.
	 * {@link CallSpec#dialogueId(String)} is ignored: the proxy in front decides dialogues.
	 * @param application the application, one of {@link #applications()}
	 * @param customizer describes the call
	 * @return the channel id
	 * @throws IllegalStateException if no WebSocket serves the application (Asterisk's {@code Stasis()}
	 * would fail)
	 * @throws IllegalArgumentException if the application is not one of {@link #applications()}
	 */
	public String placeCall(String application, Consumer<CallSpec> customizer) {
		CallSpec spec = new CallSpec();
		customizer.accept(spec);
		synchronized (this.asterisk) {
			if (!applications().contains(application)) {
				throw new IllegalArgumentException(
						"No application " + application + "; this double has " + applications());
			}
			if (!this.sockets.serves(application)) {
				throw new IllegalStateException("No WebSocket serves application " + application
						+ ": Asterisk would not let the call enter Stasis");
			}
			ChannelSnapshot channel = this.asterisk.createChannel(spec.toChannelSpec());
			this.asterisk.enterStasis(channel.id(), application, spec.args());
			return channel.id();
		}
	}

	/**
	 * Whether a WebSocket serves the application now.
	 * @param application the application
	 * @return whether its events are delivered
	 */
	public boolean serves(String application) {
		return this.sockets.serves(application);
	}

	/**
	 * The events WebSockets open now.
	 * @return the count
	 */
	public int openWebSockets() {
		return this.sockets.openCount();
	}

	/**
	 * The events WebSockets opened since the double started, restarts included.
	 * @return the count
	 */
	public int webSocketConnectionsSinceStart() {
		return this.sockets.connectionsSinceStart();
	}

	/**
	 * Every HTTP request answered so far, WebSocket upgrades included, in the order they were answered.
	 * @return a snapshot
	 */
	public List<RecordedRequest> requests() {
		synchronized (this.requests) {
			return List.copyOf(this.requests);
		}
	}

	/**
	 * Forget the requests recorded so far, e.g. after a warm-up.
	 */
	public void clearRequests() {
		synchronized (this.requests) {
			this.requests.clear();
		}
	}

	/**
	 * Answer matching requests with this status and {@code {"message": ...}}, without touching the fake
	 * Asterisk. Authentication is checked first. Applies to {@code /ari/events} upgrades too.
	 * @param which the requests to fail (their {@link RecordedRequest#status()} is {@code 0})
	 * @param status a 4xx or 5xx status, e.g. {@code 500}
	 * @param message the message
	 */
	public void failRequests(Predicate<RecordedRequest> which, int status, String message) {
		this.faults.fail(which, status, message);
	}

	/**
	 * Answer matching requests late: the fake Asterisk carries the request out at once (its events may
	 * already flow), and the HTTP answer leaves after the delay. Several matching delays add up.
	 * @param which the requests to delay (their {@link RecordedRequest#status()} is {@code 0})
	 * @param delay the delay
	 */
	public void delayRequests(Predicate<RecordedRequest> which, Duration delay) {
		this.faults.delay(which, delay);
	}

	/**
	 * Hold matching requests before the fake Asterisk carries them out, as a busy Asterisk does:
	 * nothing of the request happens, and no event of it flows, until the hold is over. Several
	 * matching holds add up; a {@linkplain #delayRequests delay} still applies to the answer.
	 * @param which the requests to hold (their {@link RecordedRequest#status()} is {@code 0})
	 * @param hold how long
	 */
	public void holdRequests(Predicate<RecordedRequest> which, Duration hold) {
		this.faults.hold(which, hold);
	}

	/**
	 * Remove every failure, delay and hold, and accept WebSockets again.
	 */
	public void clearFaults() {
		this.faults.clear();
	}

	/**
	 * Cut every events WebSocket abruptly: the TCP connection ends without a close frame. Events emitted
	 * from now on are lost until a client connects again. Returns once no WebSocket serves any
	 * application.
	 */
	public void dropWebSockets() {
		this.sockets.cutAll();
	}

	/**
	 * While {@code true}, answer every {@code /ari/events} upgrade {@code 503}. Open WebSockets stay open.
	 * @param refuse whether to refuse
	 */
	public void refuseWebSockets(boolean refuse) {
		this.faults.refuseWebSockets(refuse);
	}

	/**
	 * An Asterisk restart: every WebSocket is cut and every other connection closed, and every channel,
	 * bridge, playback and live recording is gone without a single event; then it accepts connections
	 * again. The port stays bound throughout, because a released port could be taken by any other socket on
	 * the machine: a client sees its connections drop, not a refused connection. Use
	 * {@link #refuseWebSockets(boolean)} for a longer outage. Faults stay as they were.
	 */
	public void restart() {
		synchronized (this.asterisk) {
			// no WebSocket can open between the cut and the reset, so none sees the old state
			this.sockets.cutAll();
			this.asterisk.restart();
		}
		this.connector.getConnectedEndPoints().forEach(EndPoint::close);
	}

	/**
	 * Stop the server and the fake Asterisk.
	 */
	@Override
	public void close() {
		this.sockets.cutAll();
		stopQuietly();
		this.asterisk.close();
	}

	private void record(RecordedRequest request) {
		synchronized (this.requests) {
			this.requests.add(request);
		}
	}

	private void stopQuietly() {
		try {
			this.server.stop();
		}
		catch (Exception ex) {
			// stopping is best effort: a test is over
		}
	}

	/**
	 * Configures and starts an {@link AriServerDouble}.
	 */
	public static final class Builder {

		private List<String> applications = List.of("ari-queue");

		private String username = "asterisk";

		private String password = "asterisk";

		private String asteriskId = "02:fc:00:00:00:01";

		private Duration playbackDuration = Duration.ZERO;

		private Duration recordingDuration = Duration.ofMillis(100);

		private boolean answerOriginatedCalls = true;

		private boolean strictParameterTypes = true;

		private int maxPendingFrames = 100_000;

		private int port;

		private Builder() {
		}

		/**
		 * The ARI applications in the fake Asterisk's dialplan; the first is the default one.
		 * @param applications the application names
		 * @return this builder
		 */
		public Builder applications(String... applications) {
			this.applications = List.of(applications);
			return this;
		}

		/**
		 * The ARI user and password.
		 * @param username the user
		 * @param password the password
		 * @return this builder
		 */
		public Builder credentials(String username, String password) {
			this.username = Objects.requireNonNull(username, "username");
			this.password = Objects.requireNonNull(password, "password");
			return this;
		}

		/**
		 * The {@code asterisk_id} of every event.
		 * @param asteriskId the id
		 * @return this builder
		 */
		public Builder asteriskId(String asteriskId) {
			this.asteriskId = Objects.requireNonNull(asteriskId, "asteriskId");
			return this;
		}

		/**
		 * How long a playback plays before {@code PlaybackFinished}; {@link Duration#ZERO} (default) sends
		 * it right after {@code PlaybackStarted}.
		 * @param duration the duration
		 * @return this builder
		 */
		public Builder playbackDuration(Duration duration) {
			this.playbackDuration = Objects.requireNonNull(duration, "duration");
			return this;
		}

		/**
		 * How long a recording runs before {@code RecordingFinished} unless stopped sooner (default 100 ms).
		 * @param duration the duration
		 * @return this builder
		 */
		public Builder recordingDuration(Duration duration) {
			this.recordingDuration = Objects.requireNonNull(duration, "duration");
			return this;
		}

		/**
		 * Whether the far end of an originated channel answers at once (default {@code true}), entering
		 * Stasis when it was originated with {@code app}. When {@code false}, answer it with
		 * {@code asterisk().answerFarEnd(id)}.
		 * @param answer whether to answer
		 * @return this builder
		 */
		public Builder answerOriginatedCalls(boolean answer) {
			this.answerOriginatedCalls = answer;
			return this;
		}

		/**
		 * Whether a JSON body value of the wrong type ({@code "timeout":"30"}) is answered {@code 400}
		 * (default {@code true}) or converted as Asterisk does ({@code 0}, {@code false}, absent).
		 * @param strict whether to be strict
		 * @return this builder
		 */
		public Builder strictParameterTypes(boolean strict) {
			this.strictParameterTypes = strict;
			return this;
		}

		/**
		 * How many events may wait for one WebSocket client before the double cuts it, as Asterisk cuts a
		 * WebSocket whose writes time out (default 100,000).
		 * @param frames the bound
		 * @return this builder
		 */
		public Builder maxPendingFrames(int frames) {
			if (frames < 1) {
				throw new IllegalArgumentException("maxPendingFrames must be positive");
			}
			this.maxPendingFrames = frames;
			return this;
		}

		/**
		 * Listen on this port of {@code 127.0.0.1} instead of a free one.
		 * @param port the port, {@code 0} for a free one
		 * @return this builder
		 */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/**
		 * Start the double.
		 * @return the running double
		 * @throws IllegalStateException if the server cannot start
		 */
		public AriServerDouble build() {
			return new AriServerDouble(this);
		}

	}

}
