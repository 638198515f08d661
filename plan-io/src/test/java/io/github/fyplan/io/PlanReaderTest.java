package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad input gives the documented exception with the message and the location. */
class PlanReaderTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private final PlanReader strict = PlanReader.strict();
    private final String golden = PlanWriter.create().toJson(GoldenPlans.tianningExcerpt());

    /** The location of the first occurrence of a marker in a text, one-based. */
    static Location at(String text, String marker) {
        int index = text.indexOf(marker);
        assertTrue(index >= 0, "marker not found: " + marker);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(line, index - lineStart + 1);
    }

    private static Finding only(UnreadableInputException e) {
        assertEquals(1, e.findings().size(), () -> e.getMessage());
        return e.findings().get(0);
    }

    private Finding unreadable(String json) {
        return only(assertThrows(UnreadableInputException.class, () -> strict.readString(json)));
    }

    @Test
    void readsTheGoldenPlan() {
        ReadResult<Plan> result = strict.readString(golden);
        assertEquals(GoldenPlans.tianningExcerpt(), result.value());
        assertEquals("\"发改局\"", result.value().extensions().get("x-owner"));
    }

    @Test
    void rejectsMalformedJsonWithItsLocation() {
        String bad = golden.replace("\"language\": \"zh-CN\",", "\"language\": \"zh-CN\",,");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-001", f.code());
        Location comma = at(bad, ",,");
        assertEquals(new Location(comma.line(), comma.column() + 1), f.location());
        assertTrue(f.messageEn().startsWith("malformed JSON: Unexpected character (','"), f.messageEn());
        assertTrue(f.message(Locale.CHINESE).startsWith("JSON 格式错误"), f.messageZh());
    }

    @Test
    void rejectsAStringWhereAnIntegerIsExpected() {
        String bad = golden.replace("\"TN-02\",\n      \"number\": 2,", "\"TN-02\",\n      \"number\": \"2\",");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-010", f.code());
        assertEquals("/indicators/1/number", f.jsonPointer());
        assertEquals(at(bad, "\"2\","), f.location());
        assertEquals("expected an integer, found a string", f.messageEn());
        assertEquals("应为整数，实际为字符串", f.messageZh());
    }

    @Test
    void rejectsANumberWhereAStringIsExpected() {
        String bad = golden.replace("\"id\": \"TN-02\",", "\"id\": 2,");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-010", f.code());
        assertEquals("/indicators/1/id", f.jsonPointer());
        assertEquals(at(bad, "2,\n      \"number\": 2"), f.location());
        assertEquals("expected a string, found a number", f.messageEn());
    }

    @Test
    void rejectsNullForARequiredNumber() {
        String bad = golden.replace("\"TN-02\",\n      \"number\": 2,", "\"TN-02\",\n      \"number\": null,");
        Finding f = unreadable(bad);
        assertEquals("/indicators/1/number", f.jsonPointer());
        assertEquals("expected an integer, found null", f.messageEn());
    }

    @Test
    void rejectsAMissingRequiredFieldAtItsObject() {
        String bad = golden.replace("  \"title\": \"天宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\",\n", "");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-011", f.code());
        assertEquals("/title", f.jsonPointer());
        assertEquals(new Location(1, 1), f.location());
        assertEquals("required field \"title\" is missing", f.messageEn());
        assertEquals("缺少必填字段“title”", f.messageZh());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String bad = golden.replace("\"TN-02\",\n      \"number\": 2,", "\"TN-02\",\n      \"number\": \"2\",")
                .replace("\"level\": \"district\"", "\"level\": \"county-level\"")
                .replace("\"horizon\": 2025,", "\"horizon\": \"2025\",");
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> strict.readString(bad));
        assertEquals(List.of("/region/level", "/goals/0/horizon", "/indicators/1/number"),
                e.findings().stream().map(Finding::jsonPointer).toList());
        assertEquals(List.of("FYP-IO-013", "FYP-IO-010", "FYP-IO-010"),
                e.findings().stream().map(Finding::code).toList());
        assertTrue(e.findings().get(0).messageEn().contains("expected one of national, province, city, county, district"));
        assertEquals(at(bad, "\"county-level\""), e.findings().get(0).location());
        assertTrue(e.getMessage().contains("3 problem(s)"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyInput() {
        Finding f = unreadable("");
        assertEquals("FYP-IO-002", f.code());
        assertEquals(new Location(1, 1), f.location());
        assertEquals("the input is empty: expected a JSON document", f.messageEn());
        assertEquals("FYP-IO-002", only(assertThrows(UnreadableInputException.class,
                () -> strict.read(new ByteArrayInputStream(new byte[0])))).code());
        assertEquals("FYP-IO-002", unreadable(" \n\t").code());
    }

    /** Only JSON's four whitespace characters make an input empty; the same from a string and from bytes. */
    @Test
    void otherWhiteSpaceIsMalformedNotEmpty() {
        for (String text : List.of("\u3000", " \u000B ", "\f", "\u2028")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Finding fromText = unreadable(text);
            Finding fromBytes = only(assertThrows(UnreadableInputException.class,
                    () -> strict.read(bytes, "in.json")));
            assertEquals("FYP-IO-001", fromText.code(), text);
            assertEquals(fromText.code(), fromBytes.code(), text);
            assertEquals(1, fromBytes.location().line(), text);
        }
        assertEquals("FYP-IO-002", only(assertThrows(UnreadableInputException.class,
                () -> strict.read(" \r\n\t".getBytes(StandardCharsets.UTF_8), "in.json"))).code());
    }

    @Test
    void acceptsAUtf8ByteOrderMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(golden.getBytes(StandardCharsets.UTF_8));
        assertEquals(GoldenPlans.tianningExcerpt(), strict.read(new ByteArrayInputStream(out.toByteArray())).value());
        assertEquals(GoldenPlans.tianningExcerpt(), strict.readString("\uFEFF" + golden).value());
    }

    @Test
    void rejectsUtf16WithAClearMessage() {
        byte[] utf16 = ("\uFEFF" + golden).getBytes(StandardCharsets.UTF_16BE);
        Finding f = only(assertThrows(UnreadableInputException.class, () -> strict.read(new ByteArrayInputStream(utf16))));
        assertEquals("FYP-IO-004", f.code());
        assertTrue(f.messageEn().contains("UTF-16"), f.messageEn());
    }

    @Test
    void rejectsGb18030BytesReadAsUtf8AndNamesTheCharset() {
        byte[] gb = golden.getBytes(GB18030);
        Finding f = only(assertThrows(UnreadableInputException.class, () -> strict.read(new ByteArrayInputStream(gb), "plan.json")));
        assertEquals("FYP-IO-003", f.code());
        // the first non-ASCII character is in the title on line 3, after '  "title": "'
        assertEquals(at(golden, "天宁区国民"), f.location());
        assertTrue(f.messageEn().contains("is not valid UTF-8"), f.messageEn());
        assertTrue(f.messageEn().contains("GB18030"), f.messageEn());
        assertTrue(f.messageZh().contains("不是有效的 UTF-8 编码"), f.messageZh());
    }

    @Test
    void keepsAReplacementCharacterThatIsWrittenInTheInput() {
        // U+FFFD is also what lenient decoding puts in place of bad bytes: a real one must survive.
        String odd = golden.replace("天宁区国民", "天宁区\uFFFD国民");
        Plan plan = strict.read(new ByteArrayInputStream(odd.getBytes(StandardCharsets.UTF_8))).value();
        assertTrue(plan.title().startsWith("天宁区\uFFFD国民"), plan.title());
        byte[] bad = odd.getBytes(StandardCharsets.UTF_8);
        int at = odd.substring(0, odd.indexOf("国民")).getBytes(StandardCharsets.UTF_8).length;
        bad[at] = (byte) 0xFF;
        assertEquals("FYP-IO-003", only(assertThrows(UnreadableInputException.class,
                () -> strict.read(new ByteArrayInputStream(bad)))).code());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C0 A2", "C1 BF", "E0 80 A2", "E0 9F BF", "ED A0 80", "F0 80 80 A2", "F4 90 80 80",
            "F5 80 80 80"})
    void rejectsOverlongFormsSurrogatesAndCodePointsBeyondUnicode(String hex) {
        // Jackson's own decoder accepts most of these (C0 A2 would read as a quote); UTF-8 forbids all of them.
        String[] parts = hex.split(" ");
        byte[] seq = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            seq[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        byte[] before = golden.substring(0, golden.indexOf("天宁区国民")).getBytes(StandardCharsets.UTF_8);
        byte[] after = golden.substring(golden.indexOf("天宁区国民")).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before);
        out.writeBytes(seq);
        out.writeBytes(after);
        Finding f = only(assertThrows(UnreadableInputException.class,
                () -> strict.read(new ByteArrayInputStream(out.toByteArray()), "plan.json")));
        assertEquals("FYP-IO-003", f.code());
        assertEquals(at(golden, "天宁区国民"), f.location());
        assertTrue(f.messageEn().contains("offset " + before.length), f.messageEn());
    }

    @Test
    void readsCharactersOutsideTheBasicPlaneAndRareLeadBytes() {
        // An emoji (lead byte F0), a tag character (F3) and U+1000, U+0800 (E1, E0) are valid UTF-8:
        // the scan for overlong forms must let them through, written raw or escaped.
        String chars = "\uD83D\uDE00\uDB40\uDC01\u1000\u0800";
        String odd = golden.replace("天宁区国民", "天宁区\\uD83D\\uDE00" + chars + "国民");
        Plan plan = strict.read(new ByteArrayInputStream(odd.getBytes(StandardCharsets.UTF_8))).value();
        assertTrue(plan.title().startsWith("天宁区\uD83D\uDE00" + chars + "国民"), plan.title());
    }

    @Test
    void readsStreamsThatUnderstateOrHideTheirSize() {
        byte[] bytes = golden.getBytes(StandardCharsets.UTF_8);
        // available() is only an estimate: a stream may report less than it holds, or nothing
        for (int stated : new int[] {0, 1, 10, bytes.length - 1, bytes.length}) {
            InputStream in = new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
                @Override
                public int available() {
                    return stated;
                }
            };
            assertEquals(GoldenPlans.tianningExcerpt(), strict.read(in).value(), "available() = " + stated);
        }
    }

    @Test
    void readsBytesInPlaceAsAStreamWouldBeRead() {
        byte[] bytes = golden.getBytes(StandardCharsets.UTF_8);
        byte[] before = bytes.clone();
        assertEquals(GoldenPlans.tianningExcerpt(), strict.read(bytes, "body").value());
        assertTrue(java.util.Arrays.equals(before, bytes), "the array is left as it was");
        byte[] gb = golden.getBytes(GB18030);
        assertEquals(GoldenPlans.tianningExcerpt(), strict.withCharset(GB18030).read(gb, "body").value());
        // the same problems, places and source name as from a stream
        String bad = golden.replace("\"value\": 17,", "\"value\": \"17\",");
        byte[] badBytes = bad.getBytes(StandardCharsets.UTF_8);
        Finding fromBytes = only(assertThrows(UnreadableInputException.class, () -> strict.read(badBytes, "body")));
        Finding fromStream = only(assertThrows(UnreadableInputException.class,
                () -> strict.read(new ByteArrayInputStream(badBytes), "body")));
        assertEquals(fromStream, fromBytes);
        assertEquals(at(bad, "\"17\","), fromBytes.location());
    }

    @Test
    void readsGb18030WithAnExplicitCharset(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan-gb18030.json");
        Files.write(file, golden.getBytes(GB18030));
        PlanReader gbReader = strict.withCharset(GB18030);
        assertEquals(GB18030, gbReader.charset());
        assertEquals(GoldenPlans.tianningExcerpt(), gbReader.read(file).value());
    }

    @Test
    void rejectsNumbersWithHugeExponents() {
        String bad = golden.replace("\"value\": 5.60,", "\"value\": 1e999999999,");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-006", f.code());
        assertEquals("/indicators/2/baseline/value", f.jsonPointer());
        assertEquals(at(bad, "1e999999999"), f.location());
        assertEquals("number 1e999999999 is out of range: at most 100 digits before and after the decimal point",
                f.messageEn());
        assertEquals("FYP-IO-006", unreadable(golden.replace("\"value\": 5.60,", "\"value\": 1e-999999999,")).code());
    }

    @Test
    void rejectsNumbersLongerThanTheLimit() {
        String bad = golden.replace("\"value\": 5.60,", "\"value\": " + "9".repeat(PlanFormat.MAX_NUMBER_LENGTH + 1) + ",");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-005", f.code());
        assertEquals("/indicators/2/baseline/value", f.jsonPointer());
        assertTrue(f.messageEn().contains("Number value length (101) exceeds the maximum allowed (100"), f.messageEn());
        assertEquals(at(bad, "99999").line(), f.location().line());
    }

    @Test
    void rejectsVeryDeepNesting() {
        int depth = PlanFormat.MAX_NESTING_DEPTH + 10;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        String bad = golden.replace("\"x-owner\": \"发改局\"", "\"x-owner\": " + deep);
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-005", f.code());
        assertTrue(f.messageEn().contains("Document nesting depth (65) exceeds the maximum allowed (64"), f.messageEn());
        assertEquals(at(bad, "\"x-owner\"").line(), f.location().line());
        assertTrue(f.jsonPointer().startsWith("/x-owner/0/0"), f.jsonPointer());
    }

    @Test
    void rejectsVeryLongStrings() {
        String bad = golden.replace("\"x-owner\": \"发改局\"", "\"x-owner\": \"" + "长".repeat(PlanFormat.MAX_STRING_LENGTH + 1) + "\"");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-005", f.code());
        assertTrue(f.messageEn().contains("String value length"), f.messageEn());
        assertEquals(at(bad, "\"x-owner\"").line(), f.location().line());
    }

    @Test
    void rejectsDocumentsBeyondTheSizeLimit() {
        byte[] big = new byte[PlanFormat.MAX_DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        Finding f = only(assertThrows(UnreadableInputException.class, () -> strict.read(new ByteArrayInputStream(big))));
        assertEquals("FYP-IO-005", f.code());
        assertTrue(f.messageEn().contains("longer than 16777216 bytes"), f.messageEn());
        assertEquals(f, only(assertThrows(UnreadableInputException.class, () -> strict.read(big, "<stream>"))));
    }

    @Test
    void rejectsDuplicateKeys() {
        String bad = golden.replace("\"language\": \"zh-CN\",", "\"language\": \"zh-CN\",\n  \"language\": \"en\",");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-007", f.code());
        assertEquals("field \"language\" appears twice in the same object", f.messageEn());
        assertEquals(at(bad, "\"language\": \"en\"").line(), f.location().line());
    }

    /** A duplicate anywhere: a nested field, an extension, an unknown field, a typed object read whole first. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "unit|\"unit\": \"万元/人\",|\"unit\": \"元\",",
        "x-owner|\"x-owner\": \"发改局\"|\"x-owner\": \"统计局\",",
        "x-source-row|\"x-source-row\": {|\"x-source-row\": 1,",
        "sheet|\"sheet\": \"指标体系\"|\"sheet\": \"表\",",
        "comparison|\"comparison\": \"at-least\",|\"comparison\": \"at-most\","})
    void rejectsDuplicateKeysAnywhere(String spec) {
        String[] parts = spec.split("\\|");
        String duplicated = parts[2] + "\n" + parts[1];
        String bad = golden.replaceFirst(java.util.regex.Pattern.quote(parts[1]),
                java.util.regex.Matcher.quoteReplacement(duplicated));
        for (PlanReader reader : List.of(strict, PlanReader.lenient())) {
            Finding f = only(assertThrows(UnreadableInputException.class, () -> reader.readString(bad)));
            assertEquals("FYP-IO-007", f.code());
            assertEquals("field \"" + parts[0] + "\" appears twice in the same object", f.messageEn());
            assertEquals(at(bad, parts[1]).line(), f.location().line());
        }
    }

    @Test
    void rejectsADuplicateKeyInATypedObjectWrittenTypeLast() {
        // "type" after the other fields: the target is read whole before it is bound
        String bad = golden.replaceFirst("\"type\": \"level\",\n        \"comparison\": \"at-least\",",
                "\"comparison\": \"at-least\",\n        \"comparison\": \"at-most\",\n        \"type\": \"level\",");
        assertTrue(!bad.equals(golden));
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-007", f.code());
        assertEquals(at(bad, "\"comparison\": \"at-most\"").line(), f.location().line());
    }

    @Test
    void readsTypedObjectsWhateverTheFieldOrder() {
        String reordered = golden.replaceFirst("\"type\": \"level\",\n        \"comparison\": \"at-least\",",
                "\"comparison\": \"at-least\",\n        \"type\": \"level\",");
        assertTrue(!reordered.equals(golden));
        assertEquals(GoldenPlans.tianningExcerpt(), strict.readString(reordered).value());
        // a problem inside such an object is still placed at its value
        String bad = reordered.replaceFirst("\"value\": 17,", "\"value\": \"17\",");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-010", f.code());
        assertEquals("/indicators/0/target/value", f.jsonPointer());
        assertEquals(at(bad, "\"17\","), f.location());
    }

    @Test
    void rejectsDataAfterTheDocument() {
        String bad = golden + "{}\n";
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-008", f.code());
        assertEquals(new Location(bad.split("\n").length, 1), f.location());
    }

    @Test
    void rejectsTruncatedInputWithTheEndLocation() {
        String bad = golden.substring(0, golden.indexOf("\"goals\""));
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-001", f.code());
        assertTrue(f.messageEn().contains("end-of-input"), f.messageEn());
        assertTrue(f.location().line() >= bad.split("\n").length - 1, f.location().toString());
    }

    @Test
    void strictModeRejectsUnknownFieldsAndLenientModeWarns() {
        String odd = golden.replace("\"unit\": \"亿元\",", "\"unit\": \"亿元\",\n      \"colour\": \"red\",");
        Finding f = unreadable(odd);
        assertEquals("FYP-IO-012", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("/indicators/1/colour", f.jsonPointer());
        assertEquals(at(odd, "\"red\""), f.location());
        assertTrue(f.messageEn().startsWith("unknown field \"colour\"; known fields: id, number, category"), f.messageEn());

        ReadResult<Plan> lenient = PlanReader.lenient().readString(odd);
        assertEquals(GoldenPlans.tianningExcerpt(), lenient.value());
        Finding w = lenient.findings().stream().filter(x -> x.code().equals("FYP-IO-012")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, w.severity());
        assertEquals(at(odd, "\"red\""), w.location());
    }

    @Test
    void rejectsAnUnknownTargetType() {
        String bad = golden.replace("\"type\": \"average-growth\"", "\"type\": \"growth\"");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-013", f.code());
        assertEquals("/indicators/2/target/type", f.jsonPointer());
        assertTrue(f.messageEn().startsWith("unknown value \"growth\"; expected one of level, about, range"), f.messageEn());
    }

    @Test
    void rejectsAnUnsupportedMajorVersionAndAMissingVersion() {
        Finding f = unreadable(golden.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\""));
        assertEquals("FYP-IO-015", f.code());
        assertEquals("/formatVersion", f.jsonPointer());
        assertEquals(new Location(2, 20), f.location());
        assertEquals("unsupported format version \"2.0\": this reader reads 1.x", f.messageEn());

        Finding missing = unreadable(golden.replace("  \"formatVersion\": \"1.0\",\n", ""));
        assertEquals("FYP-IO-011", missing.code());
        assertEquals("/formatVersion", missing.jsonPointer());
    }

    @Test
    void warnsAboutANewerMinorVersion() {
        ReadResult<Plan> r = strict.readString(golden.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"1.3\""));
        assertEquals("FYP-IO-016", r.findings().get(0).code());
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
    }

    @Test
    void rejectsARootThatIsNotAnObject() {
        Finding f = unreadable("[1, 2]");
        assertEquals("FYP-IO-010", f.code());
        assertEquals("", f.jsonPointer());
        assertEquals("expected an object, found an array", f.messageEn());
        assertEquals(new Location(1, 1), f.location());
    }

    @Test
    void reportsAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("none.json");
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> strict.read(missing));
        assertEquals("FYP-IO-017", only(e).code());
        assertTrue(only(e).messageEn().contains("none.json"), only(e).messageEn());
        assertEquals(missing.toString(), e.source());
    }

    @Test
    void validationErrorsComeBackAsInvalidContentWithPointerAndLocation() {
        String bad = golden.replace("\"id\": \"TN-02\"", "\"id\": \"TN-01\"").replace("\"TN-02\"", "\"TN-01\"");
        InvalidContentException e = assertThrows(InvalidContentException.class, () -> strict.readString(bad));
        Finding dup = e.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
        assertEquals("FYP-MODEL-020", dup.code());
        assertTrue(dup.jsonPointer().startsWith("/indicators/1"), dup.jsonPointer());
        assertEquals(at(bad, "\"TN-01\",\n      \"number\": 2").line(), dup.location().line());
    }

    @Test
    void skippingModelValidationReturnsThePlanThatBreaksItsRules() {
        String bad = golden.replace("\"id\": \"TN-02\"", "\"id\": \"TN-01\"").replace("\"TN-02\"", "\"TN-01\"");
        PlanReader unvalidated = strict.withModelValidation(false);
        assertTrue(strict.validatesModel());
        assertFalse(unvalidated.validatesModel());
        assertTrue(unvalidated.isStrict());
        ReadResult<Plan> r = unvalidated.readString(bad);
        assertEquals(List.of(), r.findings());
        assertEquals(2, r.value().indicators().stream().filter(i -> i.id().equals("TN-01")).count());
        // the format's own checks still run
        Finding f = only(assertThrows(UnreadableInputException.class,
                () -> unvalidated.readString(golden.replace("\"id\": \"TN-02\",", "\"id\": 2,"))));
        assertEquals("FYP-IO-010", f.code());
        assertEquals("/indicators/1/id", f.jsonPointer());
    }

    @Test
    void validationWarningsAreReturnedWithTheirLocation() {
        // Tianning 22: a ratio written under a percent unit is kept as written, with a warning.
        String odd = golden.replace("\"unit\": \"万元/人\"", "\"unit\": \"%\"").replace("\"value\": 17,", "\"value\": 0.93,");
        ReadResult<Plan> r = strict.readString(odd);
        Finding w = r.findings().stream().filter(f -> f.code().equals("FYP-MODEL-041")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("/indicators/0/target", w.jsonPointer());
        assertEquals(at(odd, "{\n        \"type\": \"level\""), w.location());
    }

    @Test
    void invalidValuesTheModelRejectsAreFindings() {
        String bad = golden.replace("\"type\": \"level\",\n        \"comparison\": \"at-least\",\n        \"value\": 17,",
                "\"type\": \"about\",\n        \"relativeTolerance\": -1,\n        \"value\": 17,");
        Finding f = unreadable(bad);
        assertEquals("FYP-IO-014", f.code());
        assertEquals("/indicators/0/target", f.jsonPointer());
        assertTrue(f.messageEn().contains("relativeTolerance must not be negative"), f.messageEn());
    }

    @Test
    void yearsMustBeIntegersInRange() {
        Finding f = unreadable(golden.replace("\"horizon\": 2025,", "\"horizon\": 2025.5,"));
        assertEquals("expected a year, found a number", f.messageEn());
        Finding g = unreadable(golden.replace("\"horizon\": 2025,", "\"horizon\": 99999999999,"));
        assertEquals("FYP-IO-014", g.code());
        assertTrue(g.messageEn().contains("year 99999999999 is not between 1 and 9999"), g.messageEn());
    }
}
