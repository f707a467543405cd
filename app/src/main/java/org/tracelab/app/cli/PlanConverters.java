package org.tracelab.app.cli;

import java.util.List;
import org.tracelab.app.service.bench.PlanValues;
import org.tracelab.app.service.bench.PlanValues.Parsed;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters over {@link PlanValues}: {@code bench} reads seeds, modes, counts and temperatures exactly as the
 * desktop app's benchmark form does. picocli reports a problem as "Invalid value for option '--forks': must be a
 * whole number of at least 1" and exits with 2.
 */
final class PlanConverters {

    private PlanConverters() {}

    /** {@code --seeds 42,43,44}: the whole list is one value, so a seed listed twice is caught. */
    record SeedList(List<Long> values) {}

    /** {@code --modes direct,full_pcl}. */
    record ModeList(List<String> values) {}

    static final class Seeds implements ITypeConverter<SeedList> {
        @Override
        public SeedList convert(String text) {
            return new SeedList(value(PlanValues.seeds(text)));
        }
    }

    static final class Modes implements ITypeConverter<ModeList> {
        @Override
        public ModeList convert(String text) {
            return new ModeList(value(PlanValues.modes(text)));
        }
    }

    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return value(PlanValues.count(text));
        }
    }

    static final class Seconds implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return value(PlanValues.seconds(text));
        }
    }

    static final class WholeNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return value(PlanValues.wholeNumber(text));
        }
    }

    static final class Temperature implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            return value(PlanValues.temperature(text));
        }
    }

    private static <T> T value(Parsed<T> parsed) {
        return parsed.orElseThrow(TypeConversionException::new);
    }
}
