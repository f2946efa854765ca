import type { Rule } from '../rule';
import codeUnknown from './code-unknown';
import codeNameConflict from './code-name-conflict';
import codeNameInconsistent from './code-name-inconsistent';
import econMappingInvalid from './econ-mapping-invalid';

/** The rules of this group, in the order of RULES.md. */
export const CODES_RULES: Rule[] = [codeUnknown, codeNameConflict, codeNameInconsistent, econMappingInvalid];
