package io.github.fyplan.rules;

/** How progress toward a level is graded; chosen per evaluation, stated in every assessment. */
public enum Method {
    /**
     * Time elapsed (时间过半、任务过半), Chinese mid-term practice: the share of the distance from the
     * baseline to the target covered, against the share of the period elapsed.
     */
    TIME_ELAPSED("time-elapsed method", "时间进度法"),
    /**
     * Growth ratio (Eurostat; Statistics Canada as implemented by Open SDG): the actual compound annual
     * growth since the base year over the growth required to reach the target on time.
     */
    GROWTH_RATIO("growth-ratio method", "增速比法"),
    /**
     * Trend (SDSN Sustainable Development Report): the recent linear rate of change against the
     * linear rate required from the base year.
     */
    TREND("trend method", "趋势法");

    private final String english;
    private final String chinese;

    Method(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * The English name, such as {@code time-elapsed method}.
     *
     * @return the name
     */
    public String english() {
        return english;
    }

    /**
     * The Chinese name, such as {@code 时间进度法}.
     *
     * @return the name
     */
    public String chinese() {
        return chinese;
    }
}
