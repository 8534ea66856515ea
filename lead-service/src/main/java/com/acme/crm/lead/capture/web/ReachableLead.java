package com.acme.crm.lead.capture.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A capture request needs a phone number or an e-mail address, and a referral (L-1) names its referring customer.
 * Reported against the field to fix, like any other field error.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReachableLead.Validator.class)
@interface ReachableLead {

    String message() default "a phone number or an e-mail address is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReachableLead, CaptureLeadRequest> {

        @Override
        public boolean isValid(CaptureLeadRequest request, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (isBlank(request.phone()) && isBlank(request.email())) {
                context.buildConstraintViolationWithTemplate("a phone number or an e-mail address is required")
                        .addPropertyNode("phone").addConstraintViolation();
                valid = false;
            }
            if (request.channel() == com.acme.crm.lead.lead.Channel.REFERRAL && request.referrerCustomerId() == null) {
                context.buildConstraintViolationWithTemplate("is required for a REFERRAL lead (rule L-1)")
                        .addPropertyNode("referrerCustomerId").addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
