import type { Rule } from '../rule';
import level1Unknown from './level1-unknown';
import level2Invalid from './level2-invalid';
import level2Empty from './level2-empty';
import indicatorDuplicate from './indicator-duplicate';
import placeholderText from './placeholder-text';
import indicatorValueInvalid from './indicator-value-invalid';
import costOperator from './cost-operator';
import costExceedsBudget from './cost-exceeds-budget';
import costComponentsMismatch from './cost-components-mismatch';
import costPerUnit from './cost-per-unit';
import unitCostProduct from './unit-cost-product';
import satisfactionValue from './satisfaction-value';
import percentRange from './percent-range';
import quantityUnitMissing from './quantity-unit-missing';
import rateDirection from './rate-direction';
import qualitativeOnly from './qualitative-only';
import goalIndicatorMismatch from './goal-indicator-mismatch';
import goalFigureMismatch from './goal-figure-mismatch';

/** The rules of this group, in the order of RULES.md. */
export const INDICATORS_RULES: Rule[] = [
  level1Unknown,
  level2Invalid,
  level2Empty,
  indicatorDuplicate,
  placeholderText,
  indicatorValueInvalid,
  costOperator,
  costExceedsBudget,
  costComponentsMismatch,
  costPerUnit,
  unitCostProduct,
  satisfactionValue,
  percentRange,
  quantityUnitMissing,
  rateDirection,
  qualitativeOnly,
  goalIndicatorMismatch,
  goalFigureMismatch,
];
