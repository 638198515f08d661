package io.github.fyplan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearListTest {

    @Test
    void givesTheYearsAddedInOrderAsAnImmutableListOfAnySize() {
        for (int capacity = 1; capacity <= 3; capacity++) {
            for (int n = 0; n <= 7; n++) {
                YearList years = new YearList(capacity);
                List<Year> expected = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    years.add(Year.of(2021 + k));
                    expected.add(Year.of(2021 + k));
                }
                List<Year> list = years.toList();
                assertEquals(expected, list, "capacity " + capacity + ", " + n + " years");
                assertEquals(n == 0, years.isEmpty());
                assertThrows(UnsupportedOperationException.class, () -> list.add(Year.of(2030)));
                // a list handed out does not change when more years are added
                years.add(Year.of(2030));
                assertEquals(expected, list);
                assertTrue(years.toList().contains(Year.of(2030)));
            }
        }
    }
}
