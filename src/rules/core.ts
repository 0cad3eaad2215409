/**
 * Everything the engine exports, without installing its full checks (zod): the widget imports
 * from here, and the drop-in's second file installs them (see engine/full-checks.ts). Anyone
 * else imports `rules/index.ts`, which installs them at once.
 */

export { createEstimator, estimate } from './engine/estimate.js';
export type { Estimator } from './engine/estimate.js';
export { EstimateInputError, PolicyPackError } from './engine/errors.js';
export { FullChecksNotLoaded, hasFullChecks, installFullChecks } from './engine/full-checks.js';
export type { FullChecks } from './engine/full-checks.js';
export { inputIssue } from './messages/input-errors.js';
export type { InputIssue, InputIssueCode, IssuePath } from './engine/errors.js';
export { BUILT_IN_POLICY_PACKS, builtInPolicies, validatePolicyPack } from './policies/policy-registry.js';
export { currentVersions, loadPolicies, policyCatalogue, policyVersions, resolvePolicies, versionOn } from './policies/policy-catalogue.js';
export type { LoadedPolicies, PolicyCatalogue } from './policies/policy-catalogue.js';
export type { PolicyPacks } from './engine/estimate.js';
export { compareTerms } from './explain/compare-terms.js';
export { policyGlance } from './explain/policy-glance.js';
export { checkPack, checkPacks, formatPackCheck, formatPackChecks, printable } from './tools/check-pack.js';
export { decodePackFile } from './tools/pack-file.js';
export type { PackFileText } from './tools/pack-file.js';
export { parseJsonText } from './schema/json-text.js';
export type { PackCheck, WorkedExample } from './tools/check-pack.js';
export type { GlanceRow, PolicyGlance } from './explain/policy-glance.js';
export type { ComparedTerms, FigureChange, ParameterChange, TermsComparison } from './explain/compare-terms.js';
export type { PolicyPack, PolicyPackInput } from './schema/policy-pack.js';
export type { EstimateRequest, BillInput, PriorUsage } from './schema/request.js';
export { MAX_BILLS } from './schema/limits.js';
export type { ClauseCitation, Interpretation, Source } from './schema/citation.js';
export { isClause } from './schema/is-clause.js';
export { ENROLLMENTS, FACILITIES, LEVELS, OUT_OF_AREA } from './schema/choices.js';
export type { Enrollment, Facility, Language, Level, LocalizedText, OutOfArea, Status } from './schema/common.js';
export type { EstimateResult, PolicyVersionInfo, Note, NoteCode, Totals, TraceCode, TraceStep, VisitResult, YearResult } from './engine/result.js';
export { amountProblem, LARGEST_AMOUNT } from './engine/money.js';
export { ledgerFeatures, policyFeatures } from './policies/policy-features.js';
export type { PolicyFeatures } from './policies/policy-features.js';
export { compareRegions } from './explain/compare.js';
export type { RegionComparison } from './explain/compare.js';
export { curveRequestFor, yearCurve, MAX_CURVE_VISITS } from './explain/year-curve.js';
export type { BendCode, CurveBend, CurvePoint, YearCurve, YearCurveRequest } from './explain/year-curve.js';
export { explainSlip } from './explain/explain-slip.js';
export type { SlipCheck, SlipHypothesis, SlipHypothesisCode } from './explain/explain-slip.js';
export { OUT_OF_SCOPE_PARTS } from './engine/bill-scope.js';
export type { OutOfScopePart, ScopeReading } from './engine/bill-scope.js';
