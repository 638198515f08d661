package io.github.fyplan.model;

/** An indicator's attribute (属性): whether the target is a goal or a commitment. */
public enum Attribute {
    /** 预期性: a goal the government steers toward. */
    EXPECTED("预期性"),
    /** 约束性: a commitment the government must meet. */
    BINDING("约束性");

    private final String chinese;

    Attribute(String chinese) {
        this.chinese = chinese;
    }

    /**
     * The attribute as the indicator table prints it.
     *
     * @return {@code 预期性} or {@code 约束性}
     */
    public String chinese() {
        return chinese;
    }

    /**
     * The attribute for the table's wording.
     *
     * @param text {@code 预期性} or {@code 约束性}, surrounding white space ignored
     * @return the attribute
     * @throws IllegalArgumentException if the text is neither
     */
    public static Attribute fromChinese(CharSequence text) {
        String t = text.toString().strip();
        for (Attribute a : values()) {
            if (a.chinese.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("attribute must be 预期性 or 约束性, was '" + t + "'");
    }
}
