package io.github.fyplan.io.internal;

import io.github.fyplan.model.validation.PlanValidator;

/** The one {@link PlanValidator} of plan-io, created on first use (creating it is expensive). */
public final class Validators {
    private Validators() {
    }

    private static final class Holder {
        static final PlanValidator INSTANCE = PlanValidator.create();
    }

    /**
     * The shared validator; thread-safe.
     *
     * @return the validator
     */
    public static PlanValidator get() {
        return Holder.INSTANCE;
    }
}
