import base from './web-test-runner.config.mjs';
const pick = process.env.BROWSER === 'firefox' ? base.groups[1].browsers[1] : base.groups[0].browsers[0];
export default { ...base, groups: undefined, files: process.env.FILES.split(','), browsers: [pick], testFramework: { config: { timeout: 10000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } }, testsFinishTimeout: 120000 };
