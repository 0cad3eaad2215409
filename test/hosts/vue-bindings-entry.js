// For the hosts test (issue 18 item 5): a Vue 3 app that binds the widget's attributes to state it
// clears with null. Bound as attributes (`.attr`, as Vue also does for a tag the drop-in script has
// not defined yet when Vue renders it): Vue removes an attribute whose value becomes null.
import { createApp, reactive } from 'vue';
import 'outpatient-reimbursement-estimator';

export function mountBound(target, request) {
  const options = reactive({ region: 'xuzhou', size: 'large', theme: 'high-contrast' });
  const app = createApp({
    setup: () => ({ options, request }),
    template: `<reimbursement-estimator :region.attr="options.region" :size.attr="options.size" :theme.attr="options.theme"
      :request.prop="request"></reimbursement-estimator>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag === 'reimbursement-estimator';
  app.mount(target);
  return { app, options };
}
