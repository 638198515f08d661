package io.github.fyplan.rules.testkit;

import io.github.fyplan.rules.IndicatorRule;

/** The built-in rule keeps the laws on every target form with messy data. */
class BuiltInRuleContractTest implements IndicatorRuleContract {
    @Override
    public IndicatorRule rule() {
        return IndicatorRule.builtIn();
    }

    @Override
    public int examples() {
        return 500;
    }
}
