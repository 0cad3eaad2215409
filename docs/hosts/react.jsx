import { useState } from 'react';
import 'outpatient-reimbursement-estimator'; // registers <reimbursement-estimator>

// React 19 sets `request` as a property (the element has one) and listens to the custom
// event through `onestimate-change`.
export function FundPays({ request }) {
  const [fund, setFund] = useState('—');
  return (
    <>
      <reimbursement-estimator
        region={request.region}
        request={request}
        onestimate-change={(event) => setFund(event.detail.totals.fund)}
      />
      <p>统筹支付：<output>{fund}</output></p>
    </>
  );
}
