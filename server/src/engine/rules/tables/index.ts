import type { Rule } from '../rule';
import sumMismatch from './sum-mismatch';
import projectFunctionTotal from './project-function-total';
import basicTotalMismatch from './basic-total-mismatch';
import incomeExpenseBalance from './income-expense-balance';
import sangongBasic from './sangong-basic';
import factsSumMismatch from './facts-sum-mismatch';

/** The rules of this group, in the order of RULES.md. */
export const TABLES_RULES: Rule[] = [
  sumMismatch,
  projectFunctionTotal,
  basicTotalMismatch,
  incomeExpenseBalance,
  sangongBasic,
  factsSumMismatch,
];
