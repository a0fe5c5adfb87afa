package io.ariqueue.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.util.unit.DataSize;

/**
 * The annotated {@link DataSize} must lie within a range of bytes, bounds included; {@code null}
 * is valid.
 *
 * @author ari-queue team
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DataSizeRange.Validator.class)
@interface DataSizeRange {

	String message() default "must be between {min} and {max} bytes";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * The smallest size in bytes.
	 * @return the lower bound
	 */
	long min() default 0;

	/**
	 * The largest size in bytes.
	 * @return the upper bound
	 */
	long max() default Long.MAX_VALUE;

	/**
	 * Checks a {@link DataSize} against its {@link DataSizeRange}.
	 */
	class Validator implements ConstraintValidator<DataSizeRange, DataSize> {

		private long min;

		private long max;

		@Override
		public void initialize(DataSizeRange range) {
			this.min = range.min();
			this.max = range.max();
		}

		@Override
		public boolean isValid(DataSize value, ConstraintValidatorContext context) {
			return value == null || (value.toBytes() >= this.min && value.toBytes() <= this.max);
		}

	}

}
