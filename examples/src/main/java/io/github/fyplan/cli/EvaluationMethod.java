package io.github.fyplan.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The evaluation methods the command line offers, by their option names. */
public enum EvaluationMethod {
    /** Time-elapsed progress (时间过半、任务过半). */
    TIME_ELAPSED("time-elapsed"),
    /** The growth-rate ratio (Eurostat, Statistics Canada). */
    GROWTH_RATIO("growth-ratio"),
    /** The trend against the required rate (SDSN). */
    TREND("trend");

    private final String optionName;

    EvaluationMethod(String optionName) {
        this.optionName = optionName;
    }

    /**
     * The name used on the command line.
     *
     * @return such as {@code time-elapsed}
     */
    public String optionName() {
        return optionName;
    }

    /**
     * The method for an option value.
     *
     * @param name such as {@code growth-ratio}
     * @return the method
     * @throws IllegalArgumentException naming the valid values, if none matches
     */
    public static EvaluationMethod fromOptionName(String name) {
        for (EvaluationMethod m : values()) {
            if (m.optionName.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + name + "', expected one of " + names());
    }

    /**
     * The valid option values.
     *
     * @return such as {@code time-elapsed, growth-ratio, trend}
     */
    public static String names() {
        return Arrays.stream(values()).map(EvaluationMethod::optionName).collect(Collectors.joining(", "));
    }
}
