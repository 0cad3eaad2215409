// The embedding guide's snippet builder: a web team picks the options, the live widget follows,
// and the exact snippet (the versioned file with its SRI hash) is shown with a copy button.
// Data flows one way: form -> options -> (live widget, snippet).
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { BUILT_IN_POLICY_PACKS } from '../src/rules/index.js';
import { contrastRatio, formatRatio, parseColour, toHex } from './contrast.js';
import { DEFAULT_OPTIONS, snippetCss, snippetHtml, type Release, type SnippetOptions } from './snippet.js';

/** WCAG 2 AA for normal text: the accent colours links, buttons and the fund figure. */
const MIN_ACCENT_CONTRAST = 4.5;


export class SnippetBuilder extends LitElement {
  static override styles = css`
    :host { display: block; }
    form { display: grid; grid-template-columns: repeat(auto-fill, minmax(15em, 1fr)); gap: 0.8em 1.6em; margin-bottom: 1.2em; }
    .field { display: flex; flex-direction: column; gap: 0.25em; }
    .check { flex-direction: row; align-items: center; gap: 0.5em; }
    label, legend { font-weight: bold; }
    .hint { color: #4a4f55; font-size: 0.9em; }
    select, input[type='text'] { box-sizing: border-box; font: inherit; padding: 0.4em; border: 2px solid #1b1b1b; border-radius: 0.2em; min-height: 2.75em; }
    input[type='checkbox'] { width: 1.4em; height: 1.4em; }
    [aria-invalid='true'] { border-color: #b3261e; }
    .error { color: #b3261e; font-weight: bold; margin: 0; }
    :focus-visible { outline: 3px solid #ffbf47; outline-offset: 0; box-shadow: 0 0 0 5px #1b1b1b; }
    .live { border: 1px dashed #6b7280; padding: 1em; margin: 1em 0; }
    pre { background: #1e1e1e; color: #f5f5f5; padding: 1em 1.2em; overflow-x: auto; white-space: pre-wrap; word-break: break-all; border-radius: 0.3em; }
    button { font: inherit; padding: 0.6em 1.2em; min-height: 2.75em; border: 2px solid #1d5fb4; background: #1d5fb4; color: #fff; border-radius: 0.3em; cursor: pointer; }
    .status { min-height: 1.5em; }
  `;

  @state() private options: SnippetOptions = DEFAULT_OPTIONS;
  @state() private accentDraft = '';
  @state() private accentProblem = '';
  @state() private release: Release | 'missing' | null = null;
  @state() private copyStatus = '';
  /**
   * The accent reaches the live widget through the very rule the snippet gives for the host's
   * stylesheet, held in a constructed stylesheet of the builder: an inline style is what a strict
   * CSP (style-src 'self') refuses.
   */
  private readonly accentSheet = new CSSStyleSheet();

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.accentSheet];
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadRelease();
  }

  /** dist/integrity.json from the build; the snippet needs its versioned file name and hash. */
  private async loadRelease(): Promise<void> {
    try {
      const response = await fetch('/dist/integrity.json');
      this.release = response.ok ? ((await response.json()) as Release) : 'missing';
    } catch {
      this.release = 'missing';
    }
  }

  /** The exact snippet, or null until the release files exist. */
  get snippet(): { html: string; css: string } | null {
    if (!this.release || this.release === 'missing') return null;
    return { html: snippetHtml(this.options, this.release), css: snippetCss(this.options) };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('options')) {
      this.copyStatus = '';
      this.accentSheet.replaceSync(snippetCss(this.options));
    }
  }

  private set<K extends keyof SnippetOptions>(key: K, value: SnippetOptions[K]): void {
    this.options = { ...this.options, [key]: value };
  }

  /** The widget's own background, measured on the live example (it changes with the theme). */
  private widgetBackground(): string {
    const widget = this.renderRoot.querySelector('reimbursement-estimator');
    const measured = widget ? parseColour(getComputedStyle(widget).backgroundColor) : null;
    return measured ? toHex(measured) : '#ffffff';
  }

  private onAccent(event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    this.accentDraft = text;
    if (text === '') {
      this.accentProblem = '';
      this.set('accent', '');
      return;
    }
    const colour = parseColour(text);
    if (!colour || !text.startsWith('#')) {
      this.accentProblem = '请输入 #rrggbb 形式的颜色，例如 #006d5b。';
      return;
    }
    const background = this.widgetBackground();
    const ratio = contrastRatio(colour, parseColour(background)!);
    if (ratio < MIN_ACCENT_CONTRAST) {
      this.accentProblem = `${toHex(colour)} 与组件背景 ${background} 的对比度为 ${formatRatio(ratio)}，低于 4.5:1，未采用。请选更深（或更浅）的颜色。`;
      return;
    }
    this.accentProblem = '';
    this.set('accent', toHex(colour));
  }

  private async copy(): Promise<void> {
    const snippet = this.snippet;
    if (!snippet) return;
    const text = snippet.css ? `${snippet.html}\n\n<!-- 放入本站样式表（严格 CSP 不允许内联样式）：\n${snippet.css}\n-->` : snippet.html;
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = '已复制到剪贴板。';
    } catch {
      // No clipboard permission (an http page, an old browser): select the code for Ctrl+C.
      const code = this.renderRoot.querySelector('#snippet-html');
      if (code) getSelection()?.selectAllChildren(code);
      this.copyStatus = '无法自动复制：代码已选中，请按 Ctrl+C 复制。';
    }
  }

  private select(id: keyof SnippetOptions, label: string, choices: ReadonlyArray<readonly [string, string]>) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(event: Event) => this.set(id, (event.target as HTMLSelectElement).value as never)}>
        ${choices.map(([value, text]) => html`<option value=${value} ?selected=${this.options[id] === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  private checkbox(id: keyof SnippetOptions, label: string) {
    return html`<div class="field check">
      <input type="checkbox" id=${id} .checked=${Boolean(this.options[id])} @change=${(event: Event) => this.set(id, (event.target as HTMLInputElement).checked as never)} />
      <label for=${id}>${label}</label>
    </div>`;
  }

  override render() {
    const o = this.options;
    const regions: Array<readonly [string, string]> = [['', '不固定（读者自选）'], ...BUILT_IN_POLICY_PACKS.map((pack) => [pack.id, pack.name['zh-CN']] as const)];
    const snippet = this.snippet;
    return html`
      <form @submit=${(event: Event) => event.preventDefault()}>
        ${this.select('region', '地区', regions)}
        ${this.select('lang', '界面语言', [['zh-CN', '中文'], ['en', 'English']])}
        ${this.select('size', '字号', [['', '标准'], ['large', '适老化大字']])}
        ${this.select('theme', '主题', [['', '默认'], ['high-contrast', '高对比度']])}
        ${this.select('headingLevel', '标题级别', [['', '默认（h2）'], ['1', 'h1'], ['2', 'h2'], ['3', 'h3'], ['4', 'h4'], ['5', 'h5'], ['6', 'h6']])}
        <div class="field">
          <label for="accent">强调色</label>
          <span class="hint" id="accent-hint">#rrggbb；留空为默认。与组件背景的对比度须达 4.5:1。</span>
          ${this.accentProblem ? html`<p class="error" id="accent-error">${this.accentProblem}</p>` : nothing}
          <input type="text" id="accent" spellcheck="false" autocomplete="off" .value=${this.accentDraft}
            aria-invalid=${this.accentProblem ? 'true' : 'false'}
            aria-describedby=${this.accentProblem ? 'accent-hint accent-error' : 'accent-hint'}
            @change=${this.onAccent} />
        </div>
        <div class="field">
          <label for="scriptBase">脚本所在目录</label>
          <span class="hint" id="base-hint">本站存放发布文件的路径</span>
          <input type="text" id="scriptBase" aria-describedby="base-hint" .value=${o.scriptBase}
            @change=${(event: Event) => this.set('scriptBase', (event.target as HTMLInputElement).value.trim() || '/')} />
        </div>
        ${this.checkbox('retired', '默认为退休人员')}
        ${this.checkbox('sizeToggle', '显示“大字模式”开关')}
        ${this.checkbox('share', '提供分享链接')}
        ${this.checkbox('compare', '直接显示各地区对比')}
      </form>

      <h3>预览</h3>
      <div class="live">
        <reimbursement-estimator
          region=${o.region || nothing}
          lang=${o.lang}
          ?retired=${o.retired}
          size=${o.size || nothing}
          ?size-toggle=${o.sizeToggle}
          theme=${o.theme || nothing}
          ?share=${o.share}
          ?compare=${o.compare}
          heading-level=${o.headingLevel || nothing}
        ></reimbursement-estimator>
      </div>

      <h3>嵌入代码</h3>
      ${snippet
        ? html`<pre><code id="snippet-html">${snippet.html}</code></pre>
            ${snippet.css
              ? html`<p>再把这一条放入本站样式表（严格的内容安全策略不允许内联样式）：</p><pre><code id="snippet-css">${snippet.css}</code></pre>`
              : nothing}
            <button type="button" @click=${this.copy}>复制代码</button>
            <p class="status" role="status">${this.copyStatus}</p>`
        : html`<p id="snippet-missing">${this.release === null ? '正在读取发布文件…' : '尚未生成发布文件：运行 npm run build 后刷新本页，这里会显示带版本号的文件名与 integrity 哈希。'}</p>`}
    `;
  }
}

if (!customElements.get('snippet-builder')) customElements.define('snippet-builder', SnippetBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
