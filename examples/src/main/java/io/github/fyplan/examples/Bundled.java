package io.github.fyplan.examples;

import io.github.fyplan.io.MonitoringDataReader;
import io.github.fyplan.io.PlanReader;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Reads the data bundled with the examples from the class path: the reviewed seed plans
 * ({@code seeds/<name>.plan.json}) and their illustrative demo monitoring data
 * ({@code demo/<name>.observations.csv} and {@code demo/<name>.judgements.json}).
 */
final class Bundled {
    private Bundled() {
    }

    /**
     * Reads a bundled seed plan with a strict reader.
     *
     * @param name {@code tianning} or {@code wujin}
     * @return the plan
     */
    static Plan plan(String name) {
        String resource = "seeds/" + name + ".plan.json";
        return read(resource, in -> PlanReader.strict().read(in, resource).value());
    }

    /**
     * Reads a plan's demo monitoring data: the observations of the CSV file and the judgements of
     * the JSON file, as one {@link MonitoringData}.
     *
     * @param name {@code tianning} or {@code wujin}
     * @param plan the plan the data belongs to
     * @return the observations and judgements
     */
    static MonitoringData demoData(String name, Plan plan) {
        String csv = "demo/" + name + ".observations.csv";
        String json = "demo/" + name + ".judgements.json";
        MonitoringDataReader reader = MonitoringDataReader.strict();
        MonitoringData observations = read(csv, in -> reader.readCsv(in, csv, plan.id()).value());
        MonitoringData judgements = read(json, in -> reader.readJson(in, json).value());
        return new MonitoringData(plan.id(), observations.observations(), judgements.judgements());
    }

    private static <T> T read(String resource, Function<InputStream, T> reader) {
        try (InputStream in = Bundled.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is not on the class path");
            }
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + resource, e);
        }
    }
}
