package io.github.fyplan.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The generator-free string writer of extension values must write what Jackson writes. */
class CanonicalProperties {

    /** Strings rich in what needs escaping: controls, quotes, backslashes, DEL, non-ASCII, lone surrogates. */
    private static Gen<String> awkwardStrings() {
        Gen<Character> awkward = Generate.pick(java.util.List.of('"', '\\', '/', '\u0000', '\u0001', '\b', '\t', '\n',
                '\f', '\r', '\u001F', '\u007F', '\u2028', '\uD800', '\uDC00', '天', 'x'));
        Gen<Character> any = Generate.range(0, 0xFFFF).map(i -> (char) i.intValue());
        return SourceDSL.lists().of(Generate.oneOf(awkward, any)).ofSizeBetween(0, 40)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Test
    void writesStringsExactlyAsJackson() {
        qt().withExamples(2000).forAll(awkwardStrings())
                .checkAssert(s -> assertEquals(Canonical.toJson(TextNode.valueOf(s)), Canonical.string(s)));
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 60))
                .checkAssert(s -> assertEquals(Canonical.toJson(TextNode.valueOf(s)), Canonical.string(s)));
    }
}
