package io.github.fyplan.io.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void readsChineseNumerals() {
        assertEquals(1, Texts.parseNumeral("一"));
        assertEquals(10, Texts.parseNumeral("十"));
        assertEquals(11, Texts.parseNumeral("十一"));
        assertEquals(20, Texts.parseNumeral("二十"));
        assertEquals(99, Texts.parseNumeral("九十九"));
        assertEquals(2, Texts.parseNumeral("两"));
        assertEquals(105, Texts.parseNumeral("一百零五"));
        assertEquals(12, Texts.parseNumeral("１２"));
        assertNull(Texts.parseNumeral("十x"));
        assertNull(Texts.parseNumeral(""));
    }

    @Test
    void everyNumberUpTo999ReadsBackFromItsChineseForm() {
        qt().forAll(integers().between(1, 999)).check(n -> n.equals(Texts.parseNumeral(chinese(n))));
    }

    /** The standard Chinese form: 十一, 二十, 一百零五, 九百九十九. */
    private static String chinese(int n) {
        String d = "零一二三四五六七八九";
        StringBuilder b = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            b.append(d.charAt(h)).append('百');
        }
        if (t > 0) {
            if (h > 0 || t > 1) {
                b.append(d.charAt(t));
            }
            b.append('十');
        } else if (h > 0 && u > 0) {
            b.append('零');
        }
        if (u > 0) {
            b.append(d.charAt(u));
        }
        return b.toString();
    }

    @Test
    void removesBookmarksTabsAndFullWidthSpaces() {
        assertEquals("前言段落", Texts.clean("[bookmark: _Toc22503832][bookmark: _Toc8124]\t前言　段落\t "));
        assertEquals("a b", Texts.clean(" a b "));
    }

    @Test
    void splitsOnlyOutsideBrackets() {
        assertEquals(List.of("新堂北路（西起常青路，东至S232）", "舜河西路"),
                Texts.splitTopLevel("新堂北路（西起常青路，东至S232），舜河西路", "，"));
        assertEquals(List.of("中吴大道（甲）", "延陵中路（乙）", "太平桥路"),
                Texts.splitCommaAndBracketPause("中吴大道（甲）、延陵中路（乙），太平桥路"));
        assertEquals(List.of("a）", "b"), Texts.splitTopLevel("a）、b", "、"), "unbalanced closer");
        assertEquals(4, Texts.trailingBracketStart("夏雷路（兰陵段）（西起兰陵路西（区界），东至和平路）") - 4);
    }
}
