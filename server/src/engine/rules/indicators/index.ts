import type { Rule } from '../rule';
import level1Unknown from './level1-unknown';
import level2Invalid from './level2-invalid';
import level2Empty from './level2-empty';
import indicatorDuplicate from './indicator-duplicate';
import placeholderText from './placeholder-text';

/** The rules of this group, in the order of RULES.md. */
export const INDICATORS_RULES: Rule[] = [
  level1Unknown,
  level2Invalid,
  level2Empty,
  indicatorDuplicate,
  placeholderText,
];
