/**
 * The drop-in's second file (issue 19): the views that explain the figures (the year's slips among
 * them) and the pasted-slip reader, which only runs when someone uses it, and the rule
 * functions only they use; and the full checks of requests and rule packs (zod, see
 * rules/engine/full-checks.ts), which a valid request never needs. The first figures never wait for them: the element loads this part
 * after the figures' frame (see host/explaining-part.ts) and draws these views when it arrives.
 * In the library and in tests this is an ordinary dynamic import; the build turns it into a
 * second classic script, with its hash baked into the first (scripts/drop-in-parts.mjs).
 */
import { compareRegions } from '../../../rules/core.js';
import { ZOD_CHECKS } from '../../../rules/schema/zod-checks.js';
import { compareView } from './compare-view.js';
import { CurveCache } from './curve-for-result.js';
import { pasteSlipBody } from '../form/paste-slip-body.js';
import { PASTE_STRINGS } from '../i18n/paste-strings.js';
import { policyCardTerms } from './policy-card-terms.js';
import { readSlipText, rowAmounts } from '../state/read-slip-text.js';
import { reportView } from '../results/report-view.js';
import { slipCheckView } from './slip-check.js';
import { timelineView } from './timeline-view.js';
import { yearCurveView } from './year-curve-view.js';
import { yearSlips } from './year-slips.js';

export const explainingViews = {
  compareRegions,
  compareView,
  CurveCache,
  fullChecks: ZOD_CHECKS,
  PASTE_STRINGS,
  pasteSlipBody,
  policyCardTerms,
  readSlipText,
  reportView,
  rowAmounts,
  slipCheckView,
  timelineView,
  yearCurveView,
  yearSlips,
} as const;

export type ExplainingViews = typeof explainingViews;
