import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at the level the host's outline needs (`heading-level`): the widget's title sits at
 * that level and its sections one below. Real h1–h6 elements, so screen-reader heading lists work.
 */
export function heading(level: number, content: unknown, options: { id?: string; className?: string; focusable?: boolean } = {}): TemplateResult {
  const id = options.id ?? nothing;
  const className = options.className ?? nothing;
  // A heading that an in-widget link moves focus to ("jump to the estimate").
  const tabindex = options.focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 id=${id} class=${className} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${className} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} tabindex=${tabindex}>${content}</h6>`;
  }
}
