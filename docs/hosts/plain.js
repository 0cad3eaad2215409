// estimator-host.js: a plain page sets the request as a property and listens for the event.
const estimator = document.getElementById('estimator');
estimator.addEventListener('estimate-change', (event) => {
  document.getElementById('fund').textContent = event.detail.totals.fund;
});
customElements.whenDefined('reimbursement-estimator').then(() => {
  estimator.request = {
    region: 'xuzhou',
    retired: false,
    visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }],
  };
});
