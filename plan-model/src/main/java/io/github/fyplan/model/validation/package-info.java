/**
 * Content rules of the model as Bean Validation constraints, and
 * {@link io.github.fyplan.model.validation.PlanValidator}, which runs them with Hibernate Validator
 * and returns every finding with its path, severity and bilingual message.
 */
package io.github.fyplan.model.validation;
