// A page of the test server in an iframe of the test page, as a host page would load the widget.
export type FrameWindow = Window & { customElements: CustomElementRegistry };

/** Loads `src` in an iframe of the given size and resolves once its load event has fired. */
export async function loadFrame(src: string, width: number, height: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** `loadFrame`, then waits until the page has defined <reimbursement-estimator>. */
export async function openWidgetPage(src: string, width: number, height: number): Promise<HTMLIFrameElement> {
  const frame = await loadFrame(src, width, height);
  await (frame.contentWindow as FrameWindow).customElements.whenDefined('reimbursement-estimator');
  return frame;
}
