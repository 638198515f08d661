package io.github.fyplan.model;

/** The level of government whose plan it is; each level's plan echoes the one above it. */
public enum AdministrativeLevel {
    /** 国家. */
    NATIONAL,
    /** 省、自治区、直辖市. */
    PROVINCE,
    /** 地级市. */
    CITY,
    /** 县、县级市. */
    COUNTY,
    /** 市辖区. */
    DISTRICT
}
