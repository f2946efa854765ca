import type { Rule } from '../rule';
import fundingSumMismatch from './funding-sum-mismatch';
import detailSumMismatch from './detail-sum-mismatch';
import procurementLineMismatch from './procurement-line-mismatch';
import procurementExceeds from './procurement-exceeds';
import projectDuplicateCode from './project-duplicate-code';
import projectDuplicateName from './project-duplicate-name';
import projectUnitUnknown from './project-unit-unknown';
import totalBudgetLess from './total-budget-less';
import projectNameAmount from './project-name-amount';
import formulaMismatch from './formula-mismatch';

/** The rules of this group, in the order of RULES.md. */
export const PROJECTS_RULES: Rule[] = [
  fundingSumMismatch,
  detailSumMismatch,
  procurementLineMismatch,
  procurementExceeds,
  projectDuplicateCode,
  projectDuplicateName,
  projectUnitUnknown,
  totalBudgetLess,
  projectNameAmount,
  formulaMismatch,
];
