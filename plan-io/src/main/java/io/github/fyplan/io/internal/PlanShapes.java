package io.github.fyplan.io.internal;

import static io.github.fyplan.io.internal.Shape.optional;
import static io.github.fyplan.io.internal.Shape.required;

import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Block;
import io.github.fyplan.model.BoxPlacement;
import io.github.fyplan.model.Correction;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.DirectionSource;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProject;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Paragraph;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.Region;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.TablePlacement;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeKind;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.Component;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.NoTarget;
import io.github.fyplan.model.target.QualitativeKind;
import io.github.fyplan.model.target.QualitativeTarget;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.model.target.UnparsedTarget;
import io.github.fyplan.io.internal.Shape.Field;
import io.github.fyplan.io.internal.Shape.Kind;
import java.io.IOException;
import java.util.Map;

/**
 * The plan format as {@link Shape}s: for every object of the format, the reader of each field
 * (in {@link PlanFields}' order, which the encoder writes) and the model constructor it feeds.
 * The indices in the constructors are those of the field lists.
 */
public final class PlanShapes {
    private static final Shape.Field STRING = Field.required(Kind.STRING);
    private static final Shape.Field OPT_STRING = Field.optional(Kind.OPT_STRING);
    private static final Shape.Field STRINGS = Field.optional(Kind.STRINGS);
    private static final Shape.Field DECIMAL = Field.required(Kind.DECIMAL);
    private static final Shape.Field OPT_DECIMAL = Field.optional(Kind.OPT_DECIMAL);
    private static final Shape.Field INTEGER = Field.required(Kind.INTEGER);
    private static final Shape.Field OPT_INTEGER = Field.optional(Kind.OPT_INTEGER);
    private static final Shape.Field YEAR = Field.required(Kind.YEAR);
    private static final Shape.Field OPT_YEAR = Field.optional(Kind.OPT_YEAR);
    private static final Shape.Field BOOL = Field.required(Kind.BOOL);
    private static final Shape.Field COMPARISON = Field.enumeration(Comparison.class);
    /** The {@code type} field of a typed object, read before its shape is known. */
    private static final Shape.Field TYPE = optional(StreamBinder::skip);
    private static final Shape.Field TARGET = required(PlanShapes::target);

    private static Shape.Field list(Shape<?> element) {
        return Field.nested(Kind.LIST, element);
    }

    private static Shape.Field object(Shape<?> shape) {
        return Field.nested(Kind.OBJECT, shape);
    }

    private static final Shape<Region> REGION = Shape.of(PlanFields.REGION,
            v -> new Region(v.get(0), v.get(1), v.get(2)),
            STRING, STRING, Field.enumeration(AdministrativeLevel.class));

    private static final Shape<PlanPeriod> PERIOD = Shape.of(PlanFields.PERIOD,
            v -> new PlanPeriod(v.get(0), v.get(1), v.get(2), v.get(3)),
            YEAR, YEAR, YEAR, YEAR);

    private static final NameTable<Shape<? extends Block>> BLOCKS = new NameTable<>(Map.of(
            "paragraph", Shape.of(PlanFields.block("paragraph"), v -> new Paragraph(v.get(1)), TYPE, STRING),
            "division", Shape.of(PlanFields.block("division"),
                    v -> new Division(v.get(1), v.get(2), v.get(3), v.get(4), orEmpty(v.get(5))),
                    TYPE, Field.enumeration(DivisionLevel.class), OPT_INTEGER, STRING, STRING,
                    optional(b -> b.list(PlanShapes::block))),
            "box", Shape.of(PlanFields.block("box"), v -> new BoxPlacement(v.<Integer>get(1)), TYPE, INTEGER),
            "table", Shape.of(PlanFields.block("table"), v -> new TablePlacement(v.get(1)), TYPE, STRING)));

    private static final Shape<Goal> GOAL = Shape.of(PlanFields.GOAL,
            v -> new Goal(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), orEmpty(v.get(5))),
            STRING, Field.enumeration(GoalKind.class), STRING, STRING, YEAR, STRINGS);

    private static final Shape<Direction> DIRECTION = Shape.of(PlanFields.DIRECTION,
            v -> new Direction(v.get(0), v.get(1), v.get(2)),
            Field.enumeration(Polarity.class), Field.enumeration(DirectionSource.class), STRING);

    private static final Shape<Baseline> BASELINE = Shape.of(PlanFields.BASELINE,
            v -> new Baseline(v.get(0), v.get(1), v.get(2)),
            YEAR, DECIMAL, STRING);

    private static final Shape<Component> COMPONENT = Shape.of(PlanFields.COMPONENT,
            v -> new Component(v.get(0), v.get(1)),
            STRING, TARGET);

    private static final NameTable<Shape<? extends Target>> TARGETS = new NameTable<>(Map.ofEntries(
            Map.entry("level", Shape.of(PlanFields.target("level"),
                    v -> new LevelTarget(v.get(1), v.get(2), v.get(3)), TYPE, COMPARISON, DECIMAL, YEAR)),
            Map.entry("about", Shape.of(PlanFields.target("about"),
                    v -> new AboutTarget(v.get(1), v.get(2), v.get(3)), TYPE, DECIMAL, DECIMAL, YEAR)),
            Map.entry("range", Shape.of(PlanFields.target("range"),
                    v -> new RangeTarget(v.get(1), v.<Boolean>get(2), v.get(3), v.<Boolean>get(4), v.get(5)),
                    TYPE, DECIMAL, BOOL, DECIMAL, BOOL, YEAR)),
            Map.entry("every-year", Shape.of(PlanFields.target("every-year"),
                    v -> new EveryYearTarget(v.get(1), v.get(2), v.get(3), v.get(4)), TYPE, COMPARISON, DECIMAL, YEAR,
                    YEAR)),
            Map.entry("average-growth", Shape.of(PlanFields.target("average-growth"),
                    v -> new AverageGrowthTarget(v.get(1), v.get(2), v.get(3), v.get(4)), TYPE, DECIMAL, COMPARISON,
                    YEAR, YEAR)),
            Map.entry("cumulative", Shape.of(PlanFields.target("cumulative"),
                    v -> new CumulativeTarget(v.get(1), v.get(2), v.get(3), v.get(4)), TYPE, DECIMAL, COMPARISON,
                    YEAR, YEAR)),
            Map.entry("change", Shape.of(PlanFields.target("change"),
                    v -> new ChangeTarget(v.get(1), v.get(2), v.get(3), v.get(4), v.get(5)), TYPE,
                    Field.enumeration(ChangeKind.class), DECIMAL, COMPARISON, YEAR, YEAR)),
            Map.entry("reduction-rate", Shape.of(PlanFields.target("reduction-rate"),
                    v -> new ReductionRateTarget(v.get(1), v.get(2), v.get(3), v.get(4)), TYPE, DECIMAL,
                    Field.enumeration(RateBasis.class), YEAR, YEAR)),
            Map.entry("qualitative", Shape.of(PlanFields.target("qualitative"),
                    v -> new QualitativeTarget(v.get(1), v.get(2)), TYPE, Field.enumeration(QualitativeKind.class), STRING)),
            Map.entry("composite", Shape.of(PlanFields.target("composite"),
                    v -> new CompositeTarget(orEmpty(v.get(1))), TYPE, list(COMPONENT))),
            Map.entry("none", Shape.of(PlanFields.target("none"), v -> new NoTarget(), TYPE)),
            Map.entry("unparsed", Shape.of(PlanFields.target("unparsed"), v -> new UnparsedTarget(v.get(1)), TYPE,
                    STRING))));

    private static final Shape<Indicator> INDICATOR = Shape.extensible(PlanFields.INDICATOR,
            v -> new Indicator(v.get(0), v.<Integer>get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                    v.get(8), v.get(9), orEmpty(v.get(10)), orEmpty(v.get(11)), v.get(12), v.extensions()),
            STRING, INTEGER, STRING, STRING, STRING, Field.enumeration(Attribute.class), object(DIRECTION),
            Field.nested(Kind.OPT_OBJECT, BASELINE), TARGET, STRING, STRINGS, STRINGS, OPT_STRING);

    private static final Shape<KeyProject> PROJECT = Shape.extensible(PlanFields.PROJECT,
            v -> new KeyProject(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.extensions()),
            STRING, STRING, STRING, OPT_DECIMAL, OPT_YEAR, OPT_YEAR, STRING);

    private static final Shape<ProjectGroup> GROUP = Shape.of(PlanFields.GROUP,
            v -> new ProjectGroup(v.get(0), v.get(1), v.get(2), v.<Boolean>get(3), v.get(4), orEmpty(v.get(5))),
            STRING, OPT_INTEGER, STRING, BOOL, STRING, list(PROJECT));

    private static final Shape<KeyProjectBox> BOX = Shape.of(PlanFields.BOX,
            v -> new KeyProjectBox(v.<Integer>get(0), v.get(1), v.<Integer>get(2), orEmpty(v.get(3))),
            INTEGER, STRING, INTEGER, list(GROUP));

    private static final Shape<SeriesDefinition> SERIES = Shape.of(PlanFields.SERIES,
            v -> new SeriesDefinition(v.get(0), v.get(1), v.get(2)),
            STRING, STRING, STRING);

    private static final Shape<Correction> CORRECTION = Shape.of(PlanFields.CORRECTION,
            v -> new Correction(v.get(0), v.get(1), v.get(2), v.get(3)),
            STRING, STRING, STRING, STRING);

    /** A whole plan document. */
    public static final Shape<Plan> PLAN = Shape.extensible(PlanFields.PLAN,
            v -> new Plan(v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), orEmpty(v.get(6)), orEmpty(v.get(7)),
                    orEmpty(v.get(8)), orEmpty(v.get(9)), orEmpty(v.get(10)), orEmpty(v.get(11)), v.extensions()),
            required(StreamBinder::formatVersion), STRING, STRING, STRING, object(REGION),
            object(PERIOD), optional(b -> b.list(PlanShapes::block)), list(GOAL), list(INDICATOR),
            list(BOX), list(SERIES), list(CORRECTION));

    private PlanShapes() {
    }

    private static Block block(StreamBinder b) throws IOException {
        return b.typed(BLOCKS, PlanFields.BLOCK_TYPES);
    }

    private static Target target(StreamBinder b) throws IOException {
        return b.typed(TARGETS, PlanFields.TARGET_TYPES);
    }

    /** An absent array is an empty one. */
    private static <E> java.util.List<E> orEmpty(java.util.List<E> list) {
        return list == null ? java.util.List.of() : list;
    }
}
