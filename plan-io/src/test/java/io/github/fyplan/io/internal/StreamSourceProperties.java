package io.github.fyplan.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time scan for suspicious UTF-8 lead bytes must agree with a byte-by-byte reference. */
class StreamSourceProperties {
    /** Bytes the scan must find, and bytes it must let through. */
    private static final int[] SUSPICIOUS = {0xC0, 0xC1, 0xE0, 0xE1, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7};
    private static final int[] INNOCENT = {0x00, 0x22, 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE2, 0xE4, 0xE9, 0xED, 0xEF, 0xF8,
        0xFF};

    private static boolean reference(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            int x = b[i] & 0xFF;
            for (int s : SUSPICIOUS) {
                if (x == s) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void agreesWithAByteByByteScan() {
        qt().withExamples(5000).forAll(longs().all(), integers().between(0, 80), integers().between(0, 3))
                .checkAssert((seed, length, from) -> {
                    Random r = new Random(seed);
                    byte[] b = new byte[length];
                    for (int i = 0; i < length; i++) {
                        int pick = r.nextInt(40);
                        b[i] = (byte) (pick == 0 ? SUSPICIOUS[r.nextInt(SUSPICIOUS.length)]
                                : pick < 10 ? INNOCENT[r.nextInt(INNOCENT.length)] : r.nextInt(0x80));
                    }
                    int start = Math.min(from, length);
                    assertEquals(reference(b, start), StreamSource.hasSuspiciousLeadByte(b, start));
                });
    }

    @Test
    void findsEachSuspiciousByteAtEveryPositionOfAWord() {
        for (int s : SUSPICIOUS) {
            for (int at = 0; at < 24; at++) {
                byte[] b = "plain ASCII and 中文 text!".getBytes(StandardCharsets.UTF_8).clone();
                byte[] padded = java.util.Arrays.copyOf(b, Math.max(b.length, 24));
                java.util.Arrays.fill(padded, b.length, padded.length, (byte) ' ');
                padded[at] = (byte) s;
                assertTrue(StreamSource.hasSuspiciousLeadByte(padded, 0), Integer.toHexString(s) + " at " + at);
            }
        }
        assertFalse(StreamSource.hasSuspiciousLeadByte("天宁区 “十四五” 规划：GDP 增长 6.5%…".getBytes(StandardCharsets.UTF_8), 0));
    }
}
