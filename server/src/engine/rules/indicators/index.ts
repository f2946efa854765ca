import type { Rule } from '../rule';

/** The rules of this group, in the order of RULES.md. */
export const INDICATORS_RULES: Rule[] = [];
