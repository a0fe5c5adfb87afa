package io.ariqueue.ari.resource;

import java.util.Objects;

import io.ariqueue.ari.client.AriRequest;

/**
 * Turns the calls of {@link DeviceStates} and {@link AsyncDeviceStates} into {@link AriRequest ARI requests}: method,
 * path and typed parameters.
 */
final class DeviceStatesRequests {

	private DeviceStatesRequests() {
	}

	static AriRequest list() {
		return AriRequest.of("GET", "/deviceStates")
			.operation("deviceStates.list")
			.build();
	}

	static AriRequest get(String deviceName) {
		return AriRequest.of("GET", "/deviceStates/{deviceName}")
			.operation("deviceStates.get")
			.pathParameter("deviceName", deviceName)
			.build();
	}

	static AriRequest update(String deviceName, String deviceState) {
		Objects.requireNonNull(deviceState, "deviceState must not be null");
		return AriRequest.of("PUT", "/deviceStates/{deviceName}")
			.operation("deviceStates.update")
			.pathParameter("deviceName", deviceName)
			.parameter("deviceState", deviceState)
			.build();
	}

	static AriRequest delete(String deviceName) {
		return AriRequest.of("DELETE", "/deviceStates/{deviceName}")
			.operation("deviceStates.delete")
			.pathParameter("deviceName", deviceName)
			.build();
	}

}
