package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.client.AriOperations;
import io.ariqueue.ari.model.DeviceState;

/**
 * {@link AsyncDeviceStates} over {@link AriOperations}.
 */
final class DefaultAsyncDeviceStates implements AsyncDeviceStates {

	private final AriOperations operations;

	DefaultAsyncDeviceStates(AriOperations operations) {
		this.operations = operations;
	}

	@Override
	public CompletableFuture<List<DeviceState>> list() {
		return this.operations.callAsync(DeviceStatesRequests.list(), ResourceSupport.listOf(this.operations,
				DeviceState.class));
	}

	@Override
	public CompletableFuture<DeviceState> get(String deviceName) {
		return this.operations.callAsync(DeviceStatesRequests.get(deviceName), DeviceState.class);
	}

	@Override
	public CompletableFuture<Void> update(String deviceName, String deviceState) {
		return this.operations.callAsync(DeviceStatesRequests.update(deviceName, deviceState), Void.class);
	}

	@Override
	public CompletableFuture<Void> delete(String deviceName) {
		return this.operations.callAsync(DeviceStatesRequests.delete(deviceName), Void.class);
	}

}
