package io.ariqueue.ari.resource;

import java.util.List;
import java.util.Objects;

import io.ariqueue.ari.model.Sound;

/**
 * The sound files installed on the Asterisk server, with every call blocking until Asterisk has answered.
 * <p>
 * The same calls returning futures are in {@link AsyncSounds}.
 */
public interface Sounds {

	/**
	 * List the installed sounds.
	 * @param options the optional parameters, {@code new ListOptions()} for none
	 * @return the {@link Sound} list
	 */
	List<Sound> list(ListOptions options);

	/**
	 * List the installed sounds.
	 * <p>
	 * The same as {@link #list(ListOptions)} with no options.
	 * @return the {@link Sound} list
	 */
	default List<Sound> list() {
		return list(new ListOptions());
	}

	/**
	 * Read one sound's details.
	 * @param soundId the sound's id, for example {@code tt-monkeys}
	 * @return the {@link Sound}
	 */
	Sound get(String soundId);

	/**
	 * Optional parameters of {@code list}. Instances are immutable: each setter returns a copy, and a parameter left
	 * {@code null} is not sent, so Asterisk applies its default.
	 */
	final class ListOptions {

		private final String lang;

		private final String format;

		/**
		 * Create options that leave every parameter to Asterisk's default.
		 */
		public ListOptions() {
			this(null, null);
		}

		private ListOptions(String lang, String format) {
			this.lang = lang;
			this.format = format;
		}

		/**
		 * Only sounds in this language.
		 * @param lang the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code lang} set
		 */
		public ListOptions lang(String lang) {
			return new ListOptions(lang, this.format);
		}

		/**
		 * The value set with {@link #lang(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String lang() {
			return this.lang;
		}

		/**
		 * Only sounds in this format.
		 * @param format the value, or {@code null} to leave it to Asterisk
		 * @return a copy of these options with {@code format} set
		 */
		public ListOptions format(String format) {
			return new ListOptions(this.lang, format);
		}

		/**
		 * The value set with {@link #format(String)}.
		 * @return the value, or {@code null} if not set
		 */
		public String format() {
			return this.format;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			if (!(other instanceof ListOptions that)) {
				return false;
			}
			return Objects.equals(this.lang, that.lang)
					&& Objects.equals(this.format, that.format);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.lang, this.format);
		}

		@Override
		public String toString() {
			return ResourceSupport.describe("ListOptions", "lang", this.lang, "format", this.format);
		}

	}

}
