// The drop-in build: one file that registers <reimbursement-estimator> with all five policies.
import { defineReimbursementEstimator } from './components/define.js';
import { adoptScriptNonce } from './components/estimator/host/style-nonce.js';

adoptScriptNonce();
defineReimbursementEstimator();
