import { createApp, ref } from 'vue';
import 'outpatient-reimbursement-estimator'; // registers <reimbursement-estimator>

export function mountFundPays(target, request) {
  const app = createApp({
    setup: () => ({ request, fund: ref('—') }),
    // `.prop` sets `request` as a property; `@estimate-change` listens to the custom event.
    template: `
      <reimbursement-estimator :region="request.region" :request.prop="request"
        @estimate-change="fund = $event.detail.totals.fund"></reimbursement-estimator>
      <p>统筹支付：<output>{{ fund }}</output></p>`,
  });
  // Tell Vue's template compiler this tag is a custom element, not a Vue component. (In a build
  // with single-file components, give the same function to the Vue plugin, see README.)
  app.config.compilerOptions.isCustomElement = (tag) => tag === 'reimbursement-estimator';
  app.mount(target);
  return app;
}
