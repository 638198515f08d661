package io.github.fyplan.model.validation;

import io.github.fyplan.model.Block;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.SeriesDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Copies of a plan with one component replaced, for tests that break exactly one thing. */
final class PlanEdits {
    private PlanEdits() {
    }

    static Plan withPeriod(Plan p, PlanPeriod period) {
        return new Plan(p.id(), p.title(), p.language(), p.region(), period, p.body(), p.goals(), p.indicators(),
                p.boxes(), p.series(), p.corrections(), p.extensions());
    }

    static Plan withBody(Plan p, List<Block> body) {
        return new Plan(p.id(), p.title(), p.language(), p.region(), p.period(), body, p.goals(), p.indicators(),
                p.boxes(), p.series(), p.corrections(), p.extensions());
    }

    static Plan withGoals(Plan p, List<Goal> goals) {
        return new Plan(p.id(), p.title(), p.language(), p.region(), p.period(), p.body(), goals, p.indicators(),
                p.boxes(), p.series(), p.corrections(), p.extensions());
    }

    static Plan withBoxes(Plan p, List<KeyProjectBox> boxes) {
        return new Plan(p.id(), p.title(), p.language(), p.region(), p.period(), p.body(), p.goals(), p.indicators(),
                boxes, p.series(), p.corrections(), p.extensions());
    }

    static Plan withSeries(Plan p, List<SeriesDefinition> series) {
        return new Plan(p.id(), p.title(), p.language(), p.region(), p.period(), p.body(), p.goals(), p.indicators(),
                p.boxes(), series, p.corrections(), p.extensions());
    }

    static Plan withIndicator(Plan p, int index, UnaryOperator<Indicator> edit) {
        List<Indicator> list = new ArrayList<>(p.indicators());
        list.set(index, edit.apply(list.get(index)));
        return p.withIndicators(list);
    }

    static Plan withAddedIndicator(Plan p, Indicator indicator) {
        List<Indicator> list = new ArrayList<>(p.indicators());
        list.add(indicator);
        return p.withIndicators(list);
    }

    static Indicator renumbered(Indicator i, String id, int number) {
        return new Indicator(id, number, i.category(), i.name(), i.unit(), i.attribute(), i.direction(), i.baseline(),
                i.target(), i.targetWording(), i.responsibleDepartments(), i.notes(), i.formula(), i.extensions());
    }
}
