/**
 * Mapping of result rows to Java types: single-column values, records and other constructor-bound
 * classes, JavaBeans and maps, with conversions through a
 * {@link org.springframework.core.convert.ConversionService} and JSON columns through Jackson.
 * Start with {@link io.github.singlestorehttp.client.mapping.RowMapperFactory}.
 */
@NullMarked
package io.github.singlestorehttp.client.mapping;

import org.jspecify.annotations.NullMarked;
