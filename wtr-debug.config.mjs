import base from '/work/main/web-test-runner.config.mjs';
const chromium = base.groups[0].browsers[0];
export default { ...base, groups: undefined, files: process.env.FILES.split(','), browsers: [chromium], testFramework: { config: { timeout: 8000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } }, testsFinishTimeout: 60000 };
