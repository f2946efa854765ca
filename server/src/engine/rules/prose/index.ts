import type { Rule } from '../rule';
import textFigureMismatch from './text-figure-mismatch';
import textChangeMismatch from './text-change-mismatch';
import textSumMismatch from './text-sum-mismatch';
import textYear from './text-year';
import textNameMismatch from './text-name-mismatch';
import textTemplate from './text-template';
import textPunctuation from './text-punctuation';
import textScope from './text-scope';
import textGarbled from './text-garbled';

/** The rules of RULES.md "Prose (说明)", in its order (text-clipped is raised by the importer). */
export const PROSE_RULES: Rule[] = [
  textFigureMismatch,
  textChangeMismatch,
  textSumMismatch,
  textYear,
  textNameMismatch,
  textTemplate,
  textPunctuation,
  textScope,
  textGarbled,
];
