package io.github.fyplan.model;

/** Whether a goal is the long-range vision or a main goal of the plan period. */
public enum GoalKind {
    /** 远景目标, such as the 2035 vision. */
    VISION,
    /** 主要目标 for the plan period, such as ——经济发展迈上新台阶. */
    MAIN
}
