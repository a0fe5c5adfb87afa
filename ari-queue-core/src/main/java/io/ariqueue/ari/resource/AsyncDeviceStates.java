package io.ariqueue.ari.resource;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.ariqueue.ari.model.DeviceState;

/**
 * Device states that a Stasis application controls (the {@code Stasis:} device technology), with every call returning a
 * future that completes on the callback executor.
 * <p>
 * The blocking form, and the options classes, are in {@link DeviceStates}.
 */
public interface AsyncDeviceStates {

	/**
	 * List the device states that Stasis applications control.
	 * @return a future of the {@link DeviceState} list
	 */
	CompletableFuture<List<DeviceState>> list();

	/**
	 * Read a device's state.
	 * @param deviceName the device's name, {@code Stasis:} followed by a name of your choice
	 * @return a future of the {@link DeviceState}
	 */
	CompletableFuture<DeviceState> get(String deviceName);

	/**
	 * Change a device's state.
	 * @param deviceName the device's name, {@code Stasis:} followed by a name of your choice
	 * @param deviceState the new state (one of {@code NOT_INUSE}, {@code INUSE}, {@code BUSY}, {@code INVALID},
	 * {@code UNAVAILABLE}, {@code RINGING}, {@code RINGINUSE}, {@code ONHOLD})
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> update(String deviceName, String deviceState);

	/**
	 * Remove a device state.
	 * @param deviceName the device's name, {@code Stasis:} followed by a name of your choice
	 * @return a future of {@code null}, completed when Asterisk has carried out the call
	 */
	CompletableFuture<Void> delete(String deviceName);

}
