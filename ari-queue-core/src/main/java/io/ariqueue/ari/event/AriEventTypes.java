package io.ariqueue.ari.event;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ARI event types this build knows, by the name Asterisk gives them ({@code StasisStart}), each with the record it
 * binds to ({@link StasisStartEvent}).
 */
public final class AriEventTypes {

	private static final Map<String, Class<? extends AriEvent>> TYPES = Map.ofEntries(
			Map.entry("ApplicationMoveFailed", ApplicationMoveFailedEvent.class),
			Map.entry("ApplicationRegistered", ApplicationRegisteredEvent.class),
			Map.entry("ApplicationReplaced", ApplicationReplacedEvent.class),
			Map.entry("ApplicationUnregistered", ApplicationUnregisteredEvent.class),
			Map.entry("BridgeAttendedTransfer", BridgeAttendedTransferEvent.class),
			Map.entry("BridgeBlindTransfer", BridgeBlindTransferEvent.class),
			Map.entry("BridgeCreated", BridgeCreatedEvent.class),
			Map.entry("BridgeDestroyed", BridgeDestroyedEvent.class),
			Map.entry("BridgeMerged", BridgeMergedEvent.class),
			Map.entry("BridgeVideoSourceChanged", BridgeVideoSourceChangedEvent.class),
			Map.entry("CallBroadcast", CallBroadcastEvent.class),
			Map.entry("CallClaimed", CallClaimedEvent.class),
			Map.entry("ChannelCallerId", ChannelCallerIdEvent.class),
			Map.entry("ChannelConnectedLine", ChannelConnectedLineEvent.class),
			Map.entry("ChannelCreated", ChannelCreatedEvent.class),
			Map.entry("ChannelDestroyed", ChannelDestroyedEvent.class),
			Map.entry("ChannelDialplan", ChannelDialplanEvent.class),
			Map.entry("ChannelDtmfReceived", ChannelDtmfReceivedEvent.class),
			Map.entry("ChannelEnteredBridge", ChannelEnteredBridgeEvent.class),
			Map.entry("ChannelHangupRequest", ChannelHangupRequestEvent.class),
			Map.entry("ChannelHold", ChannelHoldEvent.class),
			Map.entry("ChannelLeftBridge", ChannelLeftBridgeEvent.class),
			Map.entry("ChannelStateChange", ChannelStateChangeEvent.class),
			Map.entry("ChannelTalkingFinished", ChannelTalkingFinishedEvent.class),
			Map.entry("ChannelTalkingStarted", ChannelTalkingStartedEvent.class),
			Map.entry("ChannelToneDetected", ChannelToneDetectedEvent.class),
			Map.entry("ChannelTransfer", ChannelTransferEvent.class),
			Map.entry("ChannelUnhold", ChannelUnholdEvent.class),
			Map.entry("ChannelUserevent", ChannelUsereventEvent.class),
			Map.entry("ChannelVarset", ChannelVarsetEvent.class),
			Map.entry("ContactStatusChange", ContactStatusChangeEvent.class),
			Map.entry("DeviceStateChanged", DeviceStateChangedEvent.class),
			Map.entry("Dial", DialEvent.class),
			Map.entry("EndpointStateChange", EndpointStateChangeEvent.class),
			Map.entry("PeerStatusChange", PeerStatusChangeEvent.class),
			Map.entry("PlaybackContinuing", PlaybackContinuingEvent.class),
			Map.entry("PlaybackFinished", PlaybackFinishedEvent.class),
			Map.entry("PlaybackStarted", PlaybackStartedEvent.class),
			Map.entry("RESTResponse", RESTResponseEvent.class),
			Map.entry("RecordingFailed", RecordingFailedEvent.class),
			Map.entry("RecordingFinished", RecordingFinishedEvent.class),
			Map.entry("RecordingStarted", RecordingStartedEvent.class),
			Map.entry("StasisEnd", StasisEndEvent.class),
			Map.entry("StasisStart", StasisStartEvent.class),
			Map.entry("TextMessageReceived", TextMessageReceivedEvent.class));

	private static final Set<String> NAMES = Collections.unmodifiableSet(new TreeSet<>(TYPES.keySet()));

	private AriEventTypes() {
	}

	/**
	 * The record an event type binds to.
	 * @param type the type as Asterisk names it, for example {@code StasisStart}
	 * @return the record class, or {@code null} if this build does not know the type
	 */
	public static Class<? extends AriEvent> forName(String type) {
		return (type != null) ? TYPES.get(type) : null;
	}

	/**
	 * The names of all known event types.
	 * @return the names, sorted
	 */
	public static Set<String> names() {
		return NAMES;
	}

}
