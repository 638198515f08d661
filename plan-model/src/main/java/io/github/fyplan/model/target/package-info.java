/**
 * Targets (目标值) as a sealed family of records, one per form a plan uses, and
 * {@link io.github.fyplan.model.target.TargetWording#parse} to read them from Chinese wording.
 *
 * <p>Inclusive and exclusive bounds follow the Civil Code (民法典 article 1259): 以上, 以下, 以内
 * include the number; 不满, 超过, 以外 and 突破 exclude it; ≥ and ≤ include, &gt; and &lt; exclude.
 */
package io.github.fyplan.model.target;
