package io.github.singlestorehttp.local.h2;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * SingleStore's {@code GEOGRAPHY_POINT}, registered in H2 as {@code SS_GEOGRAPHY_POINT}. Geography values are their
 * WKT text locally. Coordinates are kept as 32-bit fixed-point numbers, the longitude over [-180, 180) and the
 * latitude over [-90, 90), and printed with eight decimals: that is what reproduces the "GEOGRAPHY_POINT" reference
 * page's example, where FLOAT columns holding 50.01 and 40.01 read back as {@code POINT(50.00999831 40.00999832)}.
 */
public final class GeographyFunctions {

	private static final double STEPS = 0x1p32;

	private static final double LONGITUDE_RANGE = 180;

	private static final double LATITUDE_RANGE = 90;

	private GeographyFunctions() {
	}

	/**
	 * A point from its longitude and latitude.
	 * @param longitude the longitude
	 * @param latitude the latitude
	 * @return the point's WKT text, or {@code null} when a coordinate is {@code null}
	 */
	public static @Nullable String geographyPoint(@Nullable Double longitude, @Nullable Double latitude) {
		if (longitude == null || latitude == null) {
			return null;
		}
		return "POINT(" + coordinate(longitude, LONGITUDE_RANGE) + " " + coordinate(latitude, LATITUDE_RANGE) + ")";
	}

	private static String coordinate(double value, double range) {
		double step = 2 * range / STEPS;
		double stored = Math.floor((value + range) / step) * step - range;
		return String.format(Locale.ROOT, "%.8f", stored);
	}

}
