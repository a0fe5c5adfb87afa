package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.DeviceState;

/**
 * {@link DeviceStates} over {@link AriOperations}.
 */
final class DefaultDeviceStates implements DeviceStates {

	private final AriOperations operations;

	DefaultDeviceStates(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public List<DeviceState> list() {
		return this.operations.call(DeviceStatesRequests.list(), ResourceSupport.listOf(this.operations,
				DeviceState.class));
	}

	@Override
	public DeviceState get(String deviceName) {
		return this.operations.call(DeviceStatesRequests.get(deviceName), DeviceState.class);
	}

	@Override
	public void update(String deviceName, String deviceState) {
		this.operations.call(DeviceStatesRequests.update(deviceName, deviceState), Void.class);
	}

	@Override
	public void delete(String deviceName) {
		this.operations.call(DeviceStatesRequests.delete(deviceName), Void.class);
	}

}
