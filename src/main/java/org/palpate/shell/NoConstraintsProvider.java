package org.palpate.shell;

import java.io.InputStream;

import jakarta.validation.BootstrapConfiguration;
import jakarta.validation.ClockProvider;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ParameterNameProvider;
import jakarta.validation.TraversableResolver;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorContext;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.spi.BootstrapState;
import jakarta.validation.spi.ConfigurationState;
import jakarta.validation.spi.ValidationProvider;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * The Jakarta Validation provider on Palpate's class path (registered in META-INF/services), in place of Hibernate
 * Validator: Spring Shell builds the default validator factory when its first command is registered, to check
 * parameter constraints on every command, and Palpate's commands declare none (they check their input themselves
 * and say what to change). Hibernate Validator took about a quarter of a second of every start to find nothing.
 */
public final class NoConstraintsProvider implements ValidationProvider<NoConstraintsProvider.Settings> {

    @Override
    public Settings createSpecializedConfiguration(BootstrapState state) {
        return new Settings();
    }

    @Override
    public Configuration<?> createGenericConfiguration(BootstrapState state) {
        return new Settings();
    }

    @Override
    public ValidatorFactory buildValidatorFactory(ConfigurationState state) {
        return new Factory();
    }

    /** Settings that change nothing: there are no constraints to interpolate, resolve or extract. */
    public static final class Settings implements Configuration<Settings> {

        @Override public Settings ignoreXmlConfiguration() { return this; }
        @Override public Settings messageInterpolator(MessageInterpolator interpolator) { return this; }
        @Override public Settings traversableResolver(TraversableResolver resolver) { return this; }
        @Override public Settings constraintValidatorFactory(ConstraintValidatorFactory factory) { return this; }
        @Override public Settings parameterNameProvider(ParameterNameProvider provider) { return this; }
        @Override public Settings clockProvider(ClockProvider provider) { return this; }
        @Override public Settings addValueExtractor(ValueExtractor<?> extractor) { return this; }
        @Override public Settings addMapping(InputStream stream) { return this; }
        @Override public Settings addProperty(String name, String value) { return this; }
        @Override public MessageInterpolator getDefaultMessageInterpolator() { return null; }
        @Override public TraversableResolver getDefaultTraversableResolver() { return null; }
        @Override public ConstraintValidatorFactory getDefaultConstraintValidatorFactory() { return null; }
        @Override public ParameterNameProvider getDefaultParameterNameProvider() { return null; }
        @Override public ClockProvider getDefaultClockProvider() { return null; }
        @Override public BootstrapConfiguration getBootstrapConfiguration() { return null; }
        @Override public ValidatorFactory buildValidatorFactory() { return new Factory(); }
    }

    static final class Factory implements ValidatorFactory {

        @Override public Validator getValidator() { return new NoParameterConstraints(); }
        @Override public ValidatorContext usingContext() { throw new ValidationException("Palpate declares no constraints"); }
        @Override public MessageInterpolator getMessageInterpolator() { return null; }
        @Override public TraversableResolver getTraversableResolver() { return null; }
        @Override public ConstraintValidatorFactory getConstraintValidatorFactory() { return null; }
        @Override public ParameterNameProvider getParameterNameProvider() { return null; }
        @Override public ClockProvider getClockProvider() { return null; }
        @Override public <T> T unwrap(Class<T> type) { throw new ValidationException("cannot unwrap " + type.getName()); }
        @Override public void close() { }
    }
}
