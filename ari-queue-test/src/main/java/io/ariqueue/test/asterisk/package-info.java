/**
 * An ARI server double: the simulator's fake Asterisk behind a real HTTP endpoint and a real
 * WebSocket, for testing an ARI client (such as an ARI proxy) over the network.
 * <pre class="code">
 * try (AriServerDouble ari = AriServerDouble.builder().applications("app1").credentials("asterisk", "secret").build()) {
 *     // the client connects to ari.webSocketUri() + "?app=app1&amp;api_key=asterisk:secret"
 *     // and calls ari.httpUri() + "/channels/..."
 *     String channelId = ari.placeCall("app1", (call) -&gt; call.callerNumber("100"));
 *     ari.asterisk().hangUpFarEnd(channelId);
 * }
 * </pre>
 * Needs {@code org.eclipse.jetty:jetty-server} and
 * {@code org.eclipse.jetty.websocket:jetty-websocket-jetty-server} on the class path (optional
 * dependencies of this module, versions managed by Spring Boot).
 */
package io.ariqueue.test.asterisk;
