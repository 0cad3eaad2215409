/**
 * What a government site's accessibility toolbar (无障碍工具条) can see of the widget. Such toolbars
 * work on the page's own DOM: point reading (指读) and the large caption (大字幕) listen for
 * mouseover on the body and read `event.target.innerText`; text-only mode and continuous reading
 * take the page's text; enlargement (文字放大) sets font sizes on the elements it walks or on body.
 * Events from the shadow root reach them retargeted to the element, whose own text is empty.
 *
 * So the element holds one light-DOM child, this mirror: an aria-hidden span (screen readers read
 * the shadow tree itself), slotted into a visually hidden box so that it is rendered and counts in
 * `innerText`. It holds the text under the pointer or in focus while there is one, else the whole
 * widget's text. Its computed font size, or the element's own if larger, is the size the page asks
 * for here: a toolbar sets the element's (or body's, inherited) or walks spans and sets the span's. The widget's text is
 * never smaller than that (`--_page`), while the page's rules still cannot make it smaller.
 */
export class PageTextMirror {
  readonly span: HTMLSpanElement;
  private restText = '';
  private pointed = false;
  private pageSize = 0;
  private sizes: ResizeObserver | null = null;
  /** The document whose ResizeObserver watches the sizes (see `watchSizes`). */
  private sizesIn: Document | null = null;

  constructor(
    private readonly host: HTMLElement,
    /** Where the page's size is written (the shadow box holding the widget), once it is drawn. */
    private readonly target: () => HTMLElement | null,
  ) {
    this.span = host.ownerDocument.createElement('span');
    this.span.slot = 're-page-text';
    this.span.setAttribute('aria-hidden', 'true');
    // A toolbar's inline size on the span or the element is seen at once, frames or not (a background tab).
    new MutationObserver(() => this.readPageSize()).observe(this.span, { attributes: true, attributeFilter: ['style'] });
    new MutationObserver(() => this.readPageSize()).observe(host, { attributes: true, attributeFilter: ['style'] });
    host.addEventListener('mouseover', (event) => this.point(event), true);
    host.addEventListener('focusin', (event) => this.point(event), true);
    host.addEventListener('mouseleave', () => this.rest());
    host.addEventListener('focusout', () => this.rest());
  }

  /** Puts the mirror back if a host's script emptied the element (innerHTML = ''), and watches its size. */
  attach(): void {
    if (this.span.parentNode !== this.host) this.host.append(this.span);
    this.watchSizes();
    this.readPageSize();
  }

  /**
   * The span's box is 1em square (see styles): it resizes exactly when its font size changes; the
   * slot's box inherits the element's own size, which a toolbar may set apart from the span's. The
   * observer is the window's of the document the element is in now: one from another document
   * (the element moved into an iframe) reports "ResizeObserver loop completed with undelivered
   * notifications" there. The size is written in the next frame, not in the callback, which would
   * relay out the widget while observers are being delivered.
   */
  private watchSizes(): void {
    const page = this.host.ownerDocument;
    const Observer = page.defaultView?.ResizeObserver;
    if (!Observer) return;
    if (this.sizesIn !== page) {
      this.sizes?.disconnect();
      this.sizes = new Observer(() => page.defaultView?.requestAnimationFrame(() => this.readPageSize()));
      this.sizesIn = page;
      this.sizes.observe(this.span);
    }
    const box = this.span.assignedSlot?.parentElement;
    if (box) this.sizes?.observe(box);
  }

  /** The whole widget's text, for text-only mode and continuous reading; shown when nothing is pointed at. */
  setRestText(text: string): void {
    this.restText = text;
    if (!this.pointed) this.show(text);
  }

  /** Runs before the page's own body listener sees the (retargeted) event, so it reads this text. */
  private point(event: Event): void {
    const inner = event.composedPath()[0];
    if (!(inner instanceof HTMLElement || inner instanceof SVGElement) || inner === this.span) return;
    const text = spokenText(inner);
    if (!text) return;
    this.pointed = true;
    this.show(text);
  }

  private rest(): void {
    this.pointed = false;
    this.show(this.restText);
  }

  private show(text: string): void {
    if (this.span.textContent !== text) this.span.textContent = text;
  }

  private readPageSize(): void {
    const slotBox = this.span.assignedSlot?.parentElement;
    const size = Math.max(parseFloat(getComputedStyle(this.span).fontSize) || 0, slotBox ? parseFloat(getComputedStyle(slotBox).fontSize) || 0 : 0);
    const box = this.target();
    if (!box || size === this.pageSize) return;
    this.pageSize = size;
    // The widget takes the larger of its own size and the page's, so a page size at or below its
    // own changes nothing: writing it anyway restyled the whole first tree (on a slow phone's
    // first visit, about 120 ms).
    const own = parseFloat(getComputedStyle(box).fontSize) || 0;
    if (size > own) box.style.setProperty('--_page', `${size}px`);
    else box.style.removeProperty('--_page');
  }
}

/** A control reads as its label and value; anything else as its rendered text, or its nearest ancestor's. */
function spokenText(element: Element): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
    const label = Array.from(element.labels ?? [], (node) => node.innerText).join(' ');
    const value = element instanceof HTMLSelectElement ? (element.selectedOptions[0]?.text ?? '') : element.type === 'checkbox' || element.type === 'radio' ? '' : element.value;
    return `${label} ${value}`.trim();
  }
  for (let node: Element | null = element; node; node = node.parentElement) {
    const text = node instanceof HTMLElement ? node.innerText.trim() : (node.textContent ?? '').trim();
    if (text) return text;
  }
  return '';
}
