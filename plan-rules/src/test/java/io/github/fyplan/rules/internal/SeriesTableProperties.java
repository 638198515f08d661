package io.github.fyplan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The series table answers as a {@code HashMap} does, through growth and hash collisions. */
class SeriesTableProperties {

    @Test
    void answersAsAHashMapDoes() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 300)).checkAssert((seed, count) -> {
            SplittableRandom r = new SplittableRandom(seed);
            SeriesTable table = new SeriesTable(r.nextInt(0, 20)); // often too small: it has to grow
            Map<String, YearSlots> map = new HashMap<>();
            for (int k = 0; k < count; k++) {
                String id = id(r);
                YearSlots slots = new YearSlots(k);
                assertSame(map.putIfAbsent(id, slots), table.putIfAbsent(id, id.hashCode(), slots), id);
            }
            assertEquals(map.size(), table.size());
            for (Map.Entry<String, YearSlots> e : map.entrySet()) {
                // a copy of the id: found by its characters, not by identity
                assertSame(e.getValue(), table.get(new String(e.getKey().toCharArray())), e.getKey());
            }
            for (int k = 0; k < 50; k++) {
                String id = id(r);
                assertSame(map.get(id), table.get(id), id);
            }
        });
    }

    @Test
    void tellsApartIdsWithTheSameHash() {
        SeriesTable table = new SeriesTable(2);
        YearSlots aa = new YearSlots(0);
        YearSlots bb = new YearSlots(1);
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertNull(table.putIfAbsent("Aa", "Aa".hashCode(), aa));
        assertNull(table.putIfAbsent("BB", "BB".hashCode(), bb));
        assertSame(aa, table.get("Aa"));
        assertSame(bb, table.get("BB"));
        assertNull(table.get("AaBB"));
        assertSame(aa, table.putIfAbsent("Aa", "Aa".hashCode(), bb));
    }

    /** Ids like a plan's, from a small alphabet so that many repeat, and pairs with equal hashes. */
    private static String id(SplittableRandom r) {
        String[] parts = {"TN-", "WJ-", "Aa", "BB", "#", "GDP", "RD"};
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(1, 4); k > 0; k--) {
            b.append(parts[r.nextInt(parts.length)]);
        }
        return b.append(r.nextInt(0, 40)).toString();
    }
}
