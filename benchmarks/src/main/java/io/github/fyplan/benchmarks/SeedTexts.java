package io.github.fyplan.benchmarks;

import io.github.fyplan.io.text.PlanIdentity;
import io.github.fyplan.io.text.PlanTextImporter;
import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The two seed outlines bundled as resources (byte-for-byte copies of plan-io's test resources
 * {@code seeds/*.txt}), with the identities the project's conventions give them.
 */
public enum SeedTexts {
    /** 天宁区 (320402), indicators {@code TN-01} … {@code TN-41}. */
    TIANNING("000_d4a0f4af80492c2a.txt", PlanIdentity.of("cn-320402-14th",
            "天宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            new Region("320402", "天宁区", AdministrativeLevel.DISTRICT), PlanPeriod.fourteenthPlan(), "TN")),
    /** 武进区 (320412), indicators {@code WJ-01} … {@code WJ-37}. */
    WUJIN("002_24e6860de747ea76.txt", PlanIdentity.of("cn-320412-14th",
            "武进区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            new Region("320412", "武进区", AdministrativeLevel.DISTRICT), PlanPeriod.fourteenthPlan(), "WJ"));

    private final String file;
    private final PlanIdentity identity;

    SeedTexts(String file, PlanIdentity identity) {
        this.file = file;
        this.identity = identity;
    }

    /**
     * The seed's file name.
     *
     * @return the name, such as {@code 000_d4a0f4af80492c2a.txt}
     */
    public String file() {
        return file;
    }

    /**
     * The identity the importer is given.
     *
     * @return the identity
     */
    public PlanIdentity identity() {
        return identity;
    }

    /**
     * The seed's text, read from the class path.
     *
     * @return the text
     * @throws IllegalStateException if the resource is missing
     */
    public String text() {
        try (InputStream in = SeedTexts.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /seeds/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The plan imported from the text, as {@link PlanTextImporter} gives it (not reviewed).
     *
     * @return the plan
     */
    public Plan importPlan() {
        return PlanTextImporter.of(identity).importText(text()).plan();
    }
}
