// The snippet a web team pastes: the versioned drop-in file with its SRI hash, the tag with the
// chosen attributes, and (for an accent colour) one rule for their own stylesheet, since a page
// under a strict CSP allows no inline style.

export interface SnippetOptions {
  readonly region: string;
  readonly lang: 'zh-CN' | 'en';
  readonly retired: boolean;
  readonly size: '' | 'large';
  readonly sizeToggle: boolean;
  readonly theme: '' | 'high-contrast';
  readonly share: boolean;
  readonly compare: boolean;
  /** '' for the widget's default. */
  readonly headingLevel: string;
  /** '#rrggbb', or '' for the default accent. */
  readonly accent: string;
  /** Where the web team serves the file, ending in '/'. */
  readonly scriptBase: string;
}

/** dist/integrity.json, as `npm run build` writes it. */
export interface Release {
  readonly version: string;
  readonly files: Readonly<Record<string, string>>;
}

export const DEFAULT_OPTIONS: SnippetOptions = {
  region: 'xuzhou',
  lang: 'zh-CN',
  retired: false,
  size: '',
  sizeToggle: false,
  theme: '',
  share: false,
  compare: false,
  headingLevel: '',
  accent: '',
  scriptBase: '/static/',
};

// Shown only where the widget cannot run (JavaScript off, or an older browser): what it is, what
// it needs, and where the policy is instead.
const FALLBACK = {
  'zh-CN': '职工医保门诊报销估算器需要浏览器运行 JavaScript（Safari 15、Chromium 86 及以上版本）。政策见本页的政策说明。',
  en: 'The outpatient reimbursement estimator needs a browser that runs JavaScript (Safari 15, Chromium 86 or later). See the policy text on this page.',
};

/** The tag's attributes in a stable order; `true` is a boolean attribute. */
export function widgetAttributes(options: SnippetOptions): Array<[string, string | true]> {
  const attributes: Array<[string, string | true | false]> = [
    ['region', options.region],
    ['lang', options.lang === 'zh-CN' ? '' : options.lang],
    ['retired', options.retired],
    ['size', options.size],
    ['size-toggle', options.sizeToggle],
    ['theme', options.theme],
    ['share', options.share],
    ['compare', options.compare],
    ['heading-level', options.headingLevel],
  ];
  return attributes.filter((entry): entry is [string, string | true] => entry[1] !== '' && entry[1] !== false);
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function scriptFile(release: Release): string {
  return `reimbursement-estimator-${release.version}.iife.js`;
}

export function snippetHtml(options: SnippetOptions, release: Release): string {
  const file = scriptFile(release);
  const integrity = release.files[file];
  if (!integrity) throw new Error(`integrity.json has no hash for ${file}`);
  const base = options.scriptBase.endsWith('/') ? options.scriptBase : `${options.scriptBase}/`;
  const attributes = widgetAttributes(options)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return [
    `<script src="${escapeAttribute(base + file)}" integrity="${integrity}" crossorigin="anonymous" defer></script>`,
    `<reimbursement-estimator${attributes}>`,
    `  <p>${FALLBACK[options.lang]}</p>`,
    '</reimbursement-estimator>',
  ].join('\n');
}

/** The stylesheet rule for the accent colour, or '' when the default is kept. */
export function snippetCss(options: SnippetOptions): string {
  return options.accent ? `reimbursement-estimator { --re-accent: ${options.accent}; }` : '';
}
