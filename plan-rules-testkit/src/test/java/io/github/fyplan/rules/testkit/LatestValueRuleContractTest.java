package io.github.fyplan.rules.testkit;

import io.github.fyplan.rules.IndicatorRule;

/** A custom rule checked against the contract, as a user would. */
class LatestValueRuleContractTest implements IndicatorRuleContract {
    @Override
    public IndicatorRule rule() {
        return new LatestValueRule("3.5");
    }
}
