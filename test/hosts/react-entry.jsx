// The test's way into the README's React snippet: renders it with the same React the snippet uses.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { FundPays } from '../../docs/hosts/react.jsx';

export function renderFundPays(target, request) {
  const root = createRoot(target);
  flushSync(() => root.render(<FundPays request={request} />));
  return () => root.unmount();
}
