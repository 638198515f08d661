package io.github.fyplan.io.text;

import org.junit.jupiter.api.Test;

class DebugDumpTest {
    @Test
    void dump() {
        for (ImportResult r : new ImportResult[] {Seeds.importTianning(), Seeds.importWujin()}) {
            System.out.println("==== " + r.plan().id());
            System.out.println(r.report().counts());
            r.report().unplaced().forEach(u -> System.out.println("UNPLACED " + u));
            r.plan().indicators().forEach(i -> System.out.println(i.id() + " | " + i.category() + " | " + i.name() + " | " + i.unit() + " | " + i.attribute() + " | " + i.targetWording() + " | " + i.target() + " | " + i.direction().polarity()));
            r.plan().goals().forEach(g -> System.out.println(g.id() + " " + g.kind() + " [" + g.title() + "] " + g.indicatorIds() + " " + g.text().substring(0, Math.min(40, g.text().length()))));
            r.plan().boxes().forEach(b -> {
                System.out.println("BOX " + b.number() + " " + b.title() + " ch" + b.chapter());
                b.groups().forEach(g -> System.out.println("   G [" + g.name() + "] " + g.declaredCount() + g.measureWord() + " etc=" + g.endsWithEtc() + " items=" + g.items().size() + " " + g.items().stream().limit(3).map(k -> k.name() + "/" + k.detail() + "/" + k.action()).toList()));
            });
            r.report().baselineProposals().forEach(p -> System.out.println("BASE " + p.indicatorId() + " " + p.value() + p.unit() + " <- " + p.sentence()));
            r.report().countChecks().forEach(c -> System.out.println("CHECK " + c));
            System.out.println(r.plan().extensions());
            System.out.println("guesses: " + r.report().guesses().size());
            r.report().guesses().stream().filter(g -> !g.what().startsWith("category")).limit(40).forEach(g -> System.out.println("  GUESS " + g));
        }
    }
}
