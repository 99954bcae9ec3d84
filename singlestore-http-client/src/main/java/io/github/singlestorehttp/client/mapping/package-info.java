/**
 * The conversions the template uses to read row values as other Java types
 * ({@link io.github.singlestorehttp.client.mapping.SingleStoreConversions}); give your own
 * {@link org.springframework.core.convert.ConversionService} to the template builder to change them.
 */
@NullMarked
package io.github.singlestorehttp.client.mapping;

import org.jspecify.annotations.NullMarked;
