package io.github.singlestorehttp.client.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.ConverterRegistry;
import org.springframework.core.convert.support.DefaultConversionService;

/**
 * The conversions that decoded SingleStore values need beyond Spring's {@link DefaultConversionService}:
 * <ul>
 * <li>{@link Number} to {@link Boolean}: {@code BOOL} is {@code TINYINT(1)}, so booleans arrive as
 * numbers; zero is {@code false}, anything else {@code true}, as in SQL conditions.</li>
 * <li>{@link LocalDateTime} to {@link Instant} and {@link OffsetDateTime}: {@code DATETIME} and
 * {@code TIMESTAMP} values carry no zone and are read as UTC; map to {@code LocalDateTime} to apply
 * another zone.</li>
 * <li>{@code byte[]} to {@link UUID}: a UUID stored in {@code BINARY(16)}, most significant byte first.
 * ({@code String} to {@code UUID} is a default conversion.)</li>
 * <li>{@link Integer} to {@link Year}: {@code YEAR} values arrive as integers.</li>
 * <li>{@link LocalTime} to {@link Duration}: {@code TIME} values within a day arrive as
 * {@code LocalTime}, longer or negative ones as {@code Duration}; a {@code Duration} target accepts both.</li>
 * <li>{@link String} and {@code byte[]} to {@code float[]} and {@code double[]}: {@code VECTOR} values as JSON
 * array text, base64 or bytes of the packed little-endian {@code F32} form (see {@link VectorConversions}).</li>
 * </ul>
 */
public final class SingleStoreConversions {

	private static final int UUID_LENGTH = 16;

	private SingleStoreConversions() {
	}

	/**
	 * A shared conversion service with the default conversions and the SingleStore ones.
	 * @return the shared instance, created on first use
	 */
	public static ConversionService getSharedInstance() {
		return SharedInstance.CONVERSION_SERVICE;
	}

	/**
	 * Create a conversion service with the default conversions and the SingleStore ones.
	 * @return a new conversion service
	 */
	public static DefaultConversionService createConversionService() {
		DefaultConversionService conversionService = new DefaultConversionService();
		addConverters(conversionService);
		return conversionService;
	}

	/**
	 * Add the SingleStore conversions to a registry, for example to an application's own conversion
	 * service.
	 * @param registry the registry to add to
	 */
	public static void addConverters(ConverterRegistry registry) {
		registry.addConverter(Number.class, Boolean.class, SingleStoreConversions::isNonZero);
		registry.addConverter(LocalDateTime.class, Instant.class, (dateTime) -> dateTime.toInstant(ZoneOffset.UTC));
		registry.addConverter(LocalDateTime.class, OffsetDateTime.class, (dateTime) -> dateTime.atOffset(ZoneOffset.UTC));
		registry.addConverter(byte[].class, UUID.class, SingleStoreConversions::toUuid);
		registry.addConverter(Integer.class, Year.class, Year::of);
		registry.addConverter(LocalTime.class, Duration.class, (time) -> Duration.ofNanos(time.toNanoOfDay()));
		VectorConversions.addConverters(registry);
	}

	private static boolean isNonZero(Number number) {
		if (number instanceof BigDecimal decimal) {
			return decimal.signum() != 0;
		}
		if (number instanceof BigInteger integer) {
			return integer.signum() != 0;
		}
		if (number instanceof Double || number instanceof Float) {
			return number.doubleValue() != 0;
		}
		return number.longValue() != 0;
	}

	private static UUID toUuid(byte[] bytes) {
		if (bytes.length != UUID_LENGTH) {
			throw new IllegalArgumentException("A UUID needs " + UUID_LENGTH + " bytes, not " + bytes.length);
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

	/** Holds the shared instance, created when first asked for. */
	private static final class SharedInstance {

		static final ConversionService CONVERSION_SERVICE = createConversionService();

	}

}
