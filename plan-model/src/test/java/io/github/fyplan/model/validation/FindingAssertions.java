package io.github.fyplan.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** Assertions on findings shared by the validation tests. */
final class FindingAssertions {
    private static final Pattern UNRESOLVED = Pattern.compile("\\{[A-Za-z0-9_.]+\\}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private FindingAssertions() {
    }

    /** Asserts the report holds exactly one finding, as described, and returns it. */
    static Finding assertSingle(ValidationReport report, String code, Severity severity, String path, String pointer) {
        assertEquals(1, report.findings().size(), () -> "expected one finding, got " + report.findings());
        Finding f = report.findings().get(0);
        assertFinding(f, code, severity, path, pointer);
        return f;
    }

    /** Asserts one finding's code, severity, path, pointer and both messages. */
    static void assertFinding(Finding f, String code, Severity severity, String path, String pointer) {
        assertEquals(code, f.code(), f::toString);
        assertEquals(severity, f.severity(), f::toString);
        assertEquals(path, f.path(), f::toString);
        assertEquals(pointer, f.jsonPointer(), f::toString);
        assertMessagesRendered(f);
    }

    /** Asserts both messages are rendered: no {param} left, Chinese in the Chinese one only. */
    static void assertMessagesRendered(Finding f) {
        assertFalse(f.messageEn().isBlank(), f::toString);
        assertFalse(f.messageZh().isBlank(), f::toString);
        assertFalse(UNRESOLVED.matcher(f.messageEn()).find(), () -> "unresolved parameter in " + f.messageEn());
        assertFalse(UNRESOLVED.matcher(f.messageZh()).find(), () -> "unresolved parameter in " + f.messageZh());
        assertTrue(HAN.matcher(f.messageZh()).find(), () -> "no Chinese in " + f.messageZh());
        assertFalse(f.messageEn().equals(f.messageZh()), () -> "not translated: " + f.messageEn());
        assertFalse(f.messageEn().contains("fyplan."), () -> "raw key in " + f.messageEn());
    }

    /** The codes and paths of the findings, in order, as "code path" lines. */
    static List<String> codesAndPaths(ValidationReport report) {
        return report.findings().stream().map(f -> f.code() + " " + f.path()).toList();
    }
}
