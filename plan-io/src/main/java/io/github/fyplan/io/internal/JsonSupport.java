package io.github.fyplan.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fyplan.io.PlanFormat;

/**
 * The one Jackson configuration of plan-io, built once and immutable: duplicate keys, trailing
 * tokens, nulls for primitives and unknown properties are rejected, numbers are read as exact
 * {@code BigDecimal} and written in plain form, and the {@link StreamReadConstraints} are the
 * documented limits of {@link PlanFormat}.
 *
 * <p>Nothing is bound with databind reflection, so that every problem is reported, not only the
 * first: plans are bound straight from the parser's tokens by {@link StreamBinder}, and monitoring
 * data from a tree that {@link TreeParser} builds with this mapper's strict parser (recording
 * locations). The databind features keep the mapper strict for any other use.
 */
public final class JsonSupport {
    /** The read limits. */
    public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(PlanFormat.MAX_DOCUMENT_BYTES)
            .maxNestingDepth(PlanFormat.MAX_NESTING_DEPTH)
            .maxStringLength(PlanFormat.MAX_STRING_LENGTH)
            .maxNameLength(PlanFormat.MAX_NAME_LENGTH)
            .maxNumberLength(PlanFormat.MAX_NUMBER_LENGTH)
            .build();

    /** The mapper; thread-safe. */
    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(CONSTRAINTS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonSupport() {
    }
}
