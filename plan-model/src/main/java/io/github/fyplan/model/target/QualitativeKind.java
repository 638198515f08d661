package io.github.fyplan.model.target;

/** What a qualitative target asks for. */
public enum QualitativeKind {
    /** A higher authority's requirement or task: 达到省、市要求, 完成市下达任务. */
    AUTHORITY_REQUIREMENT,
    /** A rank among peers: 全省第一方阵. */
    RANK,
    /** Any other statement without a number. */
    DESCRIPTIVE
}
