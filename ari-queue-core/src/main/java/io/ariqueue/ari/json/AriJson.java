package io.ariqueue.ari.json;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON mapping of ARI models and events.
 * <p>
 * Keys match case-insensitively, so that both Asterisk's snake_case JSON (forwarded untouched by
 * go-ari-proxy) and AsterNET-ARI-Proxy's PascalCase re-serialization bind to the same types;
 * unknown keys are ignored; both of Asterisk's timestamp forms parse. No polymorphic type
 * information is ever read from the input.
 *
 * @author ari-queue team
 */
public final class AriJson {

	private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

	private AriJson() {
	}

	/**
	 * The shared, immutable mapper for ARI JSON.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Apply ARI's mapping rules to a mapper builder.
	 * @param builder the builder
	 * @return the same builder
	 */
	public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
		SimpleModule dates = new SimpleModule("ari-dates");
		dates.addDeserializer(OffsetDateTime.class, new OffsetDateTimeDeserializer());
		dates.addSerializer(OffsetDateTime.class, new OffsetDateTimeSerializer());
		return builder.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.addModule(dates);
	}

	private static final class OffsetDateTimeDeserializer extends ValueDeserializer<OffsetDateTime> {

		@Override
		public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
			}
			String text = parser.getString();
			try {
				return AriDates.parse(text);
			}
			catch (DateTimeParseException ex) {
				return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
						"not an ARI timestamp");
			}
		}

	}

	private static final class OffsetDateTimeSerializer extends ValueSerializer<OffsetDateTime> {

		@Override
		public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(AriDates.format(value));
		}

	}

}
