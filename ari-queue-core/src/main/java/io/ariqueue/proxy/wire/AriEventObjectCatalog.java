package io.ariqueue.proxy.wire;

import java.util.List;
import java.util.Map;

/**
 * The fields of each ARI event that hold a channel, bridge, playback or recording, generated from Asterisk's
 * description.
 */
final class AriEventObjectCatalog {

	static final Map<String, List<AriObjectField>> FIELDS = Map.ofEntries(
			Map.entry("ApplicationMoveFailed", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("BridgeAttendedTransfer", List.of(new AriObjectField("transferer_first_leg",
					AriObjectKind.CHANNEL), new AriObjectField("transferer_second_leg", AriObjectKind.CHANNEL),
					new AriObjectField("replace_channel", AriObjectKind.CHANNEL), new AriObjectField("transferee",
					AriObjectKind.CHANNEL), new AriObjectField("transfer_target", AriObjectKind.CHANNEL),
					new AriObjectField("transferer_first_leg_bridge", AriObjectKind.BRIDGE),
					new AriObjectField("transferer_second_leg_bridge", AriObjectKind.BRIDGE),
					new AriObjectField("destination_link_first_leg", AriObjectKind.CHANNEL),
					new AriObjectField("destination_link_second_leg", AriObjectKind.CHANNEL),
					new AriObjectField("destination_threeway_channel", AriObjectKind.CHANNEL),
					new AriObjectField("destination_threeway_bridge", AriObjectKind.BRIDGE))),
			Map.entry("BridgeBlindTransfer", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL),
					new AriObjectField("replace_channel", AriObjectKind.CHANNEL), new AriObjectField("transferee",
					AriObjectKind.CHANNEL), new AriObjectField("bridge", AriObjectKind.BRIDGE))),
			Map.entry("BridgeCreated", List.of(new AriObjectField("bridge", AriObjectKind.BRIDGE))),
			Map.entry("BridgeDestroyed", List.of(new AriObjectField("bridge", AriObjectKind.BRIDGE))),
			Map.entry("BridgeMerged", List.of(new AriObjectField("bridge", AriObjectKind.BRIDGE),
					new AriObjectField("bridge_from", AriObjectKind.BRIDGE))),
			Map.entry("BridgeVideoSourceChanged", List.of(new AriObjectField("bridge", AriObjectKind.BRIDGE))),
			Map.entry("CallBroadcast", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("CallClaimed", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelCallerId", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelConnectedLine", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelCreated", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelDestroyed", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelDialplan", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelDtmfReceived", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelEnteredBridge", List.of(new AriObjectField("bridge", AriObjectKind.BRIDGE),
					new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelHangupRequest", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelHold", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelLeftBridge", List.of(new AriObjectField("bridge", AriObjectKind.BRIDGE),
					new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelStateChange", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelTalkingFinished", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelTalkingStarted", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelToneDetected", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelUnhold", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("ChannelUserevent", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL),
					new AriObjectField("bridge", AriObjectKind.BRIDGE))),
			Map.entry("ChannelVarset", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("Dial", List.of(new AriObjectField("caller", AriObjectKind.CHANNEL), new AriObjectField("peer",
					AriObjectKind.CHANNEL), new AriObjectField("forwarded", AriObjectKind.CHANNEL))),
			Map.entry("PlaybackContinuing", List.of(new AriObjectField("playback", AriObjectKind.PLAYBACK))),
			Map.entry("PlaybackFinished", List.of(new AriObjectField("playback", AriObjectKind.PLAYBACK))),
			Map.entry("PlaybackStarted", List.of(new AriObjectField("playback", AriObjectKind.PLAYBACK))),
			Map.entry("RecordingFailed", List.of(new AriObjectField("recording", AriObjectKind.RECORDING))),
			Map.entry("RecordingFinished", List.of(new AriObjectField("recording", AriObjectKind.RECORDING))),
			Map.entry("RecordingStarted", List.of(new AriObjectField("recording", AriObjectKind.RECORDING))),
			Map.entry("StasisEnd", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL))),
			Map.entry("StasisStart", List.of(new AriObjectField("channel", AriObjectKind.CHANNEL),
					new AriObjectField("replace_channel", AriObjectKind.CHANNEL))));

	private AriEventObjectCatalog() {
	}

}
