// For the hosts test: Vue's reactive() and the package's estimate(), as a Vue app bundles them.
export { reactive } from 'vue';
export { estimate } from 'outpatient-reimbursement-estimator';
