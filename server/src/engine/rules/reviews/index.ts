import type { Rule } from '../rule';

/** The rules of this group, in the order of RULES.md. */
export const REVIEWS_RULES: Rule[] = [];
