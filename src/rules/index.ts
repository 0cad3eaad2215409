/**
 * The outpatient reimbursement rules engine: policy packs as data and an exact estimator.
 * DOM-free; runs in browsers and in Node 20.
 */
export { createEstimator, estimate } from './estimate.js';
export type { Estimator } from './estimate.js';
export { EstimateInputError, PolicyPackError } from './errors.js';
export type { InputIssue, InputIssueCode, IssuePath } from './errors.js';
export { BUILT_IN_POLICY_PACKS, builtInPolicies, validatePolicyPack } from './policy-registry.js';
export { currentVersions, loadPolicies, policyCatalogue, policyVersions, resolvePolicies, versionOn } from './policy-catalogue.js';
export type { LoadedPolicies, PolicyCatalogue } from './policy-catalogue.js';
export type { PolicyPacks } from './estimate.js';
export { compareTerms } from './compare-terms.js';
export { policyGlance } from './policy-glance.js';
export { checkPack, formatPackCheck } from './check-pack.js';
export type { PackCheck, WorkedExample } from './check-pack.js';
export type { GlanceRow, PolicyGlance } from './policy-glance.js';
export type { ComparedTerms, FigureChange, ParameterChange, TermsComparison } from './compare-terms.js';
export { PolicyPackSchema } from './schema/policy-pack.js';
export type { PolicyPack, PolicyPackInput } from './schema/policy-pack.js';
export type { EstimateRequest, BillInput } from './schema/request.js';
export { MAX_BILLS } from './schema/request.js';
export type { ClauseCitation, Interpretation, Source } from './schema/citation.js';
export { isClause } from './schema/citation.js';
export { ENROLLMENTS, FACILITIES, LEVELS, OUT_OF_AREA } from './schema/common.js';
export type { Enrollment, Facility, Language, Level, LocalizedText, OutOfArea, Status } from './schema/common.js';
export type { EstimateResult, PolicyVersionInfo, Note, NoteCode, Totals, TraceCode, TraceStep, VisitResult, YearResult } from './result.js';
export { amountProblem, LARGEST_AMOUNT } from './money.js';
export { policyFeatures } from './policy-features.js';
export type { PolicyFeatures } from './policy-features.js';
export { compareRegions } from './compare.js';
export type { RegionComparison } from './compare.js';
export { curveRequestFor, yearCurve, MAX_CURVE_VISITS } from './year-curve.js';
export type { BendCode, CurveBend, CurvePoint, YearCurve, YearCurveRequest } from './year-curve.js';
export { explainSlip } from './explain-slip.js';
export type { SlipCheck, SlipHypothesis, SlipHypothesisCode } from './explain-slip.js';
export { OUT_OF_SCOPE_PARTS } from './bill-scope.js';
export type { OutOfScopePart, ScopeReading } from './bill-scope.js';
