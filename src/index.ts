// The package entry for bundler users: the element class (registered on import) and the engine.
import { defineReimbursementEstimator } from './components/define.js';

defineReimbursementEstimator();

export { ReimbursementEstimator, defineReimbursementEstimator, TAG_NAME } from './components/define.js';
export * from './rules/index.js';
