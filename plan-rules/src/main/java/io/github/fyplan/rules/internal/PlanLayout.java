package io.github.fyplan.rules.internal;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.rules.metrics.Formula;
import io.github.fyplan.rules.metrics.InvalidFormulaException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan's evaluation needs that depends on the plan alone: the groups its summaries count (by
 * category, by attribute, by department), which indicators are binding, the series it knows and its
 * derived indicators' formulas, read.
 * Built once for a prepared plan and read by every evaluation of it; immutable.
 */
public final class PlanLayout {
    private final Plan plan;
    private final Groups categories;
    private final Groups attributes;
    private final Groups departments;
    private final boolean[] binding;
    private final String[] knownIds;
    /** Each derived indicator's formula, read; null for another indicator or an unreadable formula. */
    private final Formula[] formulas;
    /** Why each unreadable formula cannot be read; null for any other indicator. */
    private final InvalidFormulaException[] formulaErrors;

    private PlanLayout(Plan plan, Groups categories, Groups attributes, Groups departments, boolean[] binding,
            String[] knownIds, Formula[] formulas, InvalidFormulaException[] formulaErrors) {
        this.plan = plan;
        this.categories = categories;
        this.attributes = attributes;
        this.departments = departments;
        this.binding = binding;
        this.knownIds = knownIds;
        this.formulas = formulas;
        this.formulaErrors = formulaErrors;
    }

    /**
     * Groups of indicators, laid out flat: group g has the key {@code keys[g]} (the category, attribute
     * name or department, "" for indicators without one), the indicators at the positions
     * {@code at[from[g]]} to {@code at[from[g + 1] − 1]} in table order, and their ids {@code ids[g]}.
     * A plan can have a group per department, most of one indicator each; every evaluation reads them
     * all, and a few flat arrays are fewer cache misses than an object and an array per group. Read-only.
     */
    static final class Groups {
        final String[] keys;
        final List<?>[] ids;
        final int[] from;
        final int[] at;

        private Groups(List<String> keys, List<Positions> groups, String[] idAt) {
            int count = keys.size();
            this.keys = keys.toArray(String[]::new);
            this.ids = new List<?>[count];
            this.from = new int[count + 1];
            int total = 0;
            for (Positions p : groups) {
                total += p.size;
            }
            this.at = new int[total];
            for (int g = 0, next = 0; g < count; g++) {
                Positions p = groups.get(g);
                from[g] = next;
                System.arraycopy(p.at, 0, at, next, p.size);
                next += p.size;
                ids[g] = p.ids(idAt);
            }
            from[count] = total;
        }

        /** The number of groups. */
        int count() {
            return keys.length;
        }

        /** The ids of group g's indicators, in table order. */
        @SuppressWarnings("unchecked")
        List<String> ids(int g) {
            return (List<String>) ids[g];
        }
    }

    /**
     * The layout of a plan.
     *
     * @param plan the plan
     * @return its layout
     */
    public static PlanLayout of(Plan plan) {
        List<Indicator> indicators = plan.indicators();
        int n = indicators.size();
        // First what is read of each indicator is copied into arrays, with no branch on what is read:
        // reads of different indicators do not wait for one another, so the processor overlaps their
        // cache misses, where the grouping below, which branches on them, would wait for each in turn.
        String[] ids = new String[n];
        String[] category = new String[n];
        Attribute[] attribute = new Attribute[n];
        List<?>[] departmentsOf = new List<?>[n];
        Target[] targets = new Target[n];
        String[] formulaOf = new String[n];
        for (int k = 0; k < n; k++) {
            Indicator i = indicators.get(k);
            ids[k] = i.id();
            category[k] = i.category();
            attribute[k] = i.attribute();
            departmentsOf[k] = i.responsibleDepartments();
            targets[k] = i.target();
            formulaOf[k] = i.formula();
        }
        Map<String, Positions> byCategory = new LinkedHashMap<>();
        Positions bindingAt = new Positions();
        Positions expectedAt = new Positions();
        boolean[] binding = new boolean[n];
        for (int k = 0; k < n; k++) {
            byCategory.computeIfAbsent(category[k], x -> new Positions()).add(k);
            binding[k] = attribute[k] == Attribute.BINDING;
            if (attribute[k] == Attribute.BINDING) {
                bindingAt.add(k);
            } else if (attribute[k] == Attribute.EXPECTED) {
                expectedAt.add(k);
            }
        }
        Groups categories = new Groups(List.copyOf(byCategory.keySet()), List.copyOf(byCategory.values()), ids);
        List<String> attributeKeys = new ArrayList<>(2);
        List<Positions> attributeGroups = new ArrayList<>(2);
        if (bindingAt.size > 0) {
            attributeKeys.add(Attribute.BINDING.name());
            attributeGroups.add(bindingAt);
        }
        if (expectedAt.size > 0) {
            attributeKeys.add(Attribute.EXPECTED.name());
            attributeGroups.add(expectedAt);
        }
        Formula[] formulas = new Formula[n];
        InvalidFormulaException[] formulaErrors = new InvalidFormulaException[n];
        for (int k = 0; k < n; k++) {
            if (formulaOf[k] != null) {
                try {
                    formulas[k] = Formula.parse(formulaOf[k]);
                } catch (InvalidFormulaException e) {
                    formulaErrors[k] = e;
                }
            }
        }
        return new PlanLayout(plan, categories, new Groups(attributeKeys, attributeGroups, ids),
                departments(departmentsOf, ids), binding, DataQuality.knownIds(ids, targets, plan.series()),
                formulas, formulaErrors);
    }

    /**
     * The departments by name, each with its indicators in table order, then the indicators without
     * one (or listing "") under "", last.
     */
    private static Groups departments(List<?>[] departmentsOf, String[] ids) {
        Positions noDepartment = new Positions();
        // Each department an indicator lists, with the indicator's position: sorted by name (stably, so
        // each department's positions stay in table order), then grouped by runs of equal names.
        Lead[] leads = new Lead[2 * ids.length];
        int m = 0;
        for (int k = 0; k < ids.length; k++) {
            List<?> ds = departmentsOf[k];
            if (ds.isEmpty()) {
                noDepartment.add(k);
            }
            for (int d = 0, size = ds.size(); d < size; d++) {
                String name = (String) ds.get(d);
                if (name.isEmpty()) {
                    noDepartment.add(k); // "" would sort first, but is listed last with the indicators without one
                } else {
                    if (m == leads.length) {
                        leads = Arrays.copyOf(leads, 2 * m + 4);
                    }
                    leads[m++] = new Lead(name, k);
                }
            }
        }
        Arrays.sort(leads, 0, m, BY_DEPARTMENT);
        List<String> names = new ArrayList<>();
        List<Positions> departments = new ArrayList<>();
        for (int a = 0, b; a < m; a = b) {
            String name = leads[a].department();
            Positions run = new Positions();
            for (b = a; b < m && leads[b].department().equals(name); b++) {
                run.add(leads[b].position());
            }
            names.add(name);
            departments.add(run);
        }
        if (noDepartment.size > 0) {
            names.add("");
            departments.add(noDepartment);
        }
        return new Groups(names, departments, ids);
    }

    /** The plan laid out. */
    Plan plan() {
        return plan;
    }

    /** The categories, in table order of their first indicator. */
    Groups categories() {
        return categories;
    }

    /** Binding, then expected; a group only when it has indicators. */
    Groups attributes() {
        return attributes;
    }

    /** The departments by name, then the indicators without one under "". */
    Groups departments() {
        return departments;
    }

    /** Whether the indicator at a position is binding. */
    boolean isBinding(int position) {
        return binding[position];
    }

    /** The formula of the derived indicator at a position, read; null for another or an unreadable one. */
    Formula formula(int position) {
        return formulas[position];
    }

    /** Why the formula of the indicator at a position cannot be read; null if it can or there is none. */
    InvalidFormulaException formulaError(int position) {
        return formulaErrors[position];
    }

    /** The series the plan knows, as {@link DataQuality} lists them. */
    String[] knownIds() {
        return knownIds;
    }

    /**
     * A department an indicator lists, the indicator's position in the table, and the department's
     * first four characters packed in a long, which order most pairs of names without comparing them.
     */
    private record Lead(String department, int position, long prefix) {
        Lead(String department, int position) {
            this(department, position, prefix(department));
        }

        /** The first four UTF-16 units, padded with zeros: unsigned, it orders as {@link String#compareTo}. */
        private static long prefix(String s) {
            long p = 0;
            for (int i = 0; i < 4; i++) {
                p = p << 16 | (i < s.length() ? s.charAt(i) : 0);
            }
            return p;
        }
    }

    /** By name, as {@link String#compareTo}: by the packed prefixes, and by the names where those tie. */
    private static final Comparator<Lead> BY_DEPARTMENT = (a, b) -> {
        int c = Long.compareUnsigned(a.prefix(), b.prefix());
        return c != 0 ? c : a.department().compareTo(b.department());
    };

    /** Positions in the table, in increasing order: a growable int array. */
    private static final class Positions {
        int[] at = new int[4];
        int size;

        void add(int k) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = k;
        }

        /** The ids at these positions, in an immutable list. */
        List<String> ids(String[] idAt) {
            if (size == 1) {
                return List.of(idAt[at[0]]);
            }
            String[] ids = new String[size];
            for (int k = 0; k < size; k++) {
                ids[k] = idAt[at[k]];
            }
            return List.of(ids);
        }
    }
}
