package io.ariqueue.proxy.wire;

/**
 * The kinds of Asterisk objects that belong to a dialogue and that events name.
 *
 * @author ari-queue team
 */
public enum AriObjectKind {

	/**
	 * A channel, named by its {@code id}.
	 */
	CHANNEL("id"),

	/**
	 * A bridge, named by its {@code id}.
	 */
	BRIDGE("id"),

	/**
	 * A playback, named by its {@code id}.
	 */
	PLAYBACK("id"),

	/**
	 * A live recording, named by its {@code name}: ARI gives recordings no id.
	 */
	RECORDING("name");

	private final String idField;

	AriObjectKind(String idField) {
		this.idField = idField;
	}

	/**
	 * The field of the object's JSON that identifies it.
	 * @return the field name
	 */
	public String idField() {
		return this.idField;
	}

}
