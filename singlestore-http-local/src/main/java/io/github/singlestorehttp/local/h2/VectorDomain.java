package io.github.singlestorehttp.local.h2;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.singlestorehttp.local.dialect.DialectException;
import io.github.singlestorehttp.local.dialect.SqlType;
import io.github.singlestorehttp.local.h2.functions.H2FunctionCatalog;

/**
 * The H2 domain that stands for {@code VECTOR(n[, type])}: text holding the vector as a JSON array, one domain per
 * dimension count and element type ({@code SS_VECTOR_F32_3}), created in the request's database before the statement
 * that declares the column. SingleStore's element types are {@code F32} (the default), {@code F64}, {@code I8},
 * {@code I16}, {@code I32} and {@code I64} ("Vector Type" reference page).
 *
 * @param dimensions the number of elements
 * @param elementType the element type
 */
record VectorDomain(int dimensions, String elementType) {

	/** The prefix of every vector domain's name. */
	static final String PREFIX = MySqlTypeDomains.PREFIX + "VECTOR_";

	private static final Set<String> ELEMENT_TYPES = Set.of("F32", "F64", "I8", "I16", "I32", "I64");

	private static final int MAX_DIMENSIONS = 16_000;

	static VectorDomain of(SqlType type) throws DialectException {
		String dimensions = type.argument(0, "");
		String elementType = type.argument(1, "F32").toUpperCase(Locale.ROOT);
		if (!dimensions.matches("\\d{1,6}") || Integer.parseInt(dimensions) < 1
				|| Integer.parseInt(dimensions) > MAX_DIMENSIONS) {
			throw new DialectException(1064, "42000",
					"VECTOR needs a number of dimensions between 1 and " + MAX_DIMENSIONS + ", as in VECTOR(3)");
		}
		if (!ELEMENT_TYPES.contains(elementType)) {
			throw new DialectException(1064, "42000",
					"Unknown VECTOR element type '" + elementType + "'; use one of " + ELEMENT_TYPES);
		}
		return new VectorDomain(Integer.parseInt(dimensions), elementType);
	}

	/**
	 * Adds the statement that creates this domain and returns its name.
	 * @param prerequisites the statements to run first
	 * @return the domain's name
	 */
	String declareIn(List<String> prerequisites) {
		String name = name();
		prerequisites.add("CREATE DOMAIN IF NOT EXISTS " + name + " AS CHARACTER VARYING(1000000000) CHECK (VALUE IS NULL OR "
				+ H2FunctionCatalog.VECTOR_CAST + "(VALUE, " + this.dimensions + ", '" + this.elementType
				+ "') IS NOT NULL)");
		return name;
	}

	String name() {
		return PREFIX + this.elementType + "_" + this.dimensions;
	}

}
