package io.github.singlestorehttp.client;

import org.springframework.core.convert.TypeDescriptor;

/**
 * Where a column value goes: a record component, constructor parameter, bean property or the whole
 * single-column result.
 *
 * @param name the name matched against column names
 * @param type the full (generic) type the value is converted to
 * @param description how error messages name the target, for example
 * {@code component 'age' of com.example.User}
 */
record MappingTarget(String name, TypeDescriptor type, String description) {
}
