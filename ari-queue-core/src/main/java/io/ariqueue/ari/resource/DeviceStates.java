package io.ariqueue.ari.resource;

import java.util.List;

import io.ariqueue.ari.model.DeviceState;

/**
 * Device states that a Stasis application controls (the {@code Stasis:} device technology), with every call blocking
 * until Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncDeviceStates}.
 */
public interface DeviceStates {

	/**
	 * List the device states that Stasis applications control.
	 * @return the {@link DeviceState} list
	 */
	List<DeviceState> list();

	/**
	 * Read a device's state.
	 * @param deviceName the device's name, {@code Stasis:} followed by a name of your choice
	 * @return the {@link DeviceState}
	 */
	DeviceState get(String deviceName);

	/**
	 * Change a device's state.
	 * @param deviceName the device's name, {@code Stasis:} followed by a name of your choice
	 * @param deviceState the new state (one of {@code NOT_INUSE}, {@code INUSE}, {@code BUSY}, {@code INVALID},
	 * {@code UNAVAILABLE}, {@code RINGING}, {@code RINGINUSE}, {@code ONHOLD})
	 */
	void update(String deviceName, String deviceState);

	/**
	 * Remove a device state.
	 * @param deviceName the device's name, {@code Stasis:} followed by a name of your choice
	 */
	void delete(String deviceName);

}
