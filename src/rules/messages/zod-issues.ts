import type { z } from '../schema/zod.js';
import type { CheckIssueCode, InputIssue, IssuePath } from '../engine/errors.js';
import { checkIssue } from './check-phrases.js';

type ZodIssue = z.core.$ZodIssue;

const OWN_CODES = new Set<string>([
  'REQUIRED', 'AMOUNT_FORMAT', 'AMOUNT_NEGATIVE', 'AMOUNT_DECIMALS', 'AMOUNT_TOO_LARGE', 'DATE_INVALID',
  'COUNT_INVALID', 'YEAR_INVALID', 'TEXT_TOO_LONG', 'NO_BILLS', 'TOO_MANY_BILLS', 'NOT_ONE_OF',
  'PACK_ID_FORMAT', 'PACK_MONEY_FORMAT', 'PACK_RATIO_FORMAT', 'PACK_CODE_FORMAT', 'PACK_URL_FORMAT', 'PACK_HOTLINE_FORMAT',
]);

function toPath(path: readonly PropertyKey[]): IssuePath {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

/**
 * Turns zod's issues into ours: a stable code and a sentence in both languages.
 * Our schemas name their own code as the zod error message; zod's own codes are mapped here.
 * `generic` is the code for anything else (a request and a rule pack word it differently).
 */
export function fromZodIssues(issues: readonly ZodIssue[], generic: 'WRONG_TYPE' | 'PACK_INVALID', max?: number): InputIssue[] {
  return issues.flatMap((issue): InputIssue[] => {
    const path = toPath(issue.path);
    if (OWN_CODES.has(issue.message)) {
      // A limit the schema states (an institution's 200 characters) is told as that limit.
      const limit = issue.code === 'too_big' ? Number(issue.maximum) : max;
      return [checkIssue(path, issue.message as CheckIssueCode, { max: limit })];
    }
    // A pack author reads paths, so pack messages name the field ("annualCap.value").
    const where = generic === 'PACK_INVALID' ? { value: path.join('.') } : {};
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return [checkIssue(path, generic === 'PACK_INVALID' ? 'PACK_FIELD_MISSING' : 'REQUIRED', where)];
        return [checkIssue(path, generic, where)];
      case 'unrecognized_keys':
        return issue.keys.map((key) => checkIssue([...path, key], 'UNKNOWN_FIELD', { value: key }));
      case 'invalid_union': {
        // One object or a list (earlier use): report the problems of the form that was given.
        const given = issue.errors.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
        if (!given) return [checkIssue(path, generic, where)];
        return fromZodIssues(given.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })), generic, max);
      }
      case 'invalid_value':
        return [checkIssue(path, 'NOT_ONE_OF', { options: issue.values.map(String) })];
      default:
        return [checkIssue(path, generic, where)];
    }
  });
}
