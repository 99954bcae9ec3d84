package io.github.singlestorehttp.client.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SingleStoreConversionsTests {

	private final ConversionService conversions = SingleStoreConversions.createConversionService();

	@Test
	void numbersAreBooleansByZeroOrNot() {
		assertThat(this.conversions.convert(0, Boolean.class)).isFalse();
		assertThat(this.conversions.convert(1, Boolean.class)).isTrue();
		assertThat(this.conversions.convert(-1L, Boolean.class)).isTrue();
		assertThat(this.conversions.convert(new BigDecimal("0.00"), Boolean.class)).isFalse();
		assertThat(this.conversions.convert(new BigInteger("18446744073709551615"), Boolean.class)).isTrue();
		assertThat(this.conversions.convert(0.5, Boolean.class)).isTrue();
	}

	@Test
	void dateTimesAreReadAsUtc() {
		LocalDateTime dateTime = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000);
		assertThat(this.conversions.convert(dateTime, Instant.class))
			.isEqualTo(Instant.parse("2024-02-29T23:59:58.123456Z"));
		assertThat(this.conversions.convert(dateTime, OffsetDateTime.class))
			.isEqualTo(OffsetDateTime.of(dateTime, ZoneOffset.UTC));
	}

	@Test
	void sixteenBytesAreAUuid() {
		UUID uuid = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
		byte[] bytes = { 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88, (byte) 0x99, (byte) 0xaa,
				(byte) 0xbb, (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff };
		assertThat(this.conversions.convert(bytes, UUID.class)).isEqualTo(uuid);
		assertThat(this.conversions.convert(uuid.toString(), UUID.class)).isEqualTo(uuid);
	}

	@Test
	void otherByteCountsAreNoUuid() {
		assertThatExceptionOfType(ConversionFailedException.class)
			.isThrownBy(() -> this.conversions.convert(new byte[15], UUID.class))
			.havingRootCause()
			.withMessage("A UUID needs 16 bytes, not 15");
	}

	@Test
	void yearsComeFromIntegers() {
		assertThat(this.conversions.convert(2155, Year.class)).isEqualTo(Year.of(2155));
	}

	@Test
	void timesOfDayAreDurations() {
		assertThat(this.conversions.convert(LocalTime.of(1, 2, 3, 456_000), Duration.class))
			.isEqualTo(Duration.ofHours(1).plusMinutes(2).plusSeconds(3).plusNanos(456_000));
	}

	@Test
	void canBeAddedToAnotherRegistry() {
		GenericConversionService registry = new GenericConversionService();
		SingleStoreConversions.addConverters(registry);
		assertThat(registry.convert(1, Boolean.class)).isTrue();
	}

}
