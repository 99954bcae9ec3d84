package io.github.singlestorehttp.local.h2;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * SingleStore's {@code GEOGRAPHY_POINT}, registered in H2 as {@code SS_GEOGRAPHY_POINT}. Geography values are their
 * WKT text locally. SingleStore keeps coordinates with about eight decimals of single precision
 * ("GEOGRAPHY_POINT" reference page: {@code GEOGRAPHY_POINT(50.01, 40.01)} reads back as
 * {@code POINT(50.00999831 40.00999832)}).
 */
public final class GeographyFunctions {

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
		return "POINT(" + coordinate(longitude) + " " + coordinate(latitude) + ")";
	}

	private static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.8f", (double) (float) value);
	}

}
