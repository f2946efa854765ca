import type { Rule } from '../rule';
import reviewOpen from './review-open';

/** The rules of this group, in the order of RULES.md. */
export const REVIEWS_RULES: Rule[] = [reviewOpen];
