// The versioned release files and dist/integrity.json (npm test builds dist/ first): their hashes
// are right, and a page under the strict CSP runs the versioned file with its hash, and refuses a
// file whose hash does not match.
import '../components/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { integrityJson, loadBarePage, sriOf } from './bare-page.js';

const VERSION = ((await (await fetch('/package.json')).json()) as { version: string }).version;
const IIFE = `reimbursement-estimator-${VERSION}.iife.js`;
const ESM = `reimbursement-estimator-${VERSION}.js`;

describe('release files', () => {
  it('integrity.json names the package version and holds the sha384 hash of every drop-in file', async () => {
    const integrity = await integrityJson();
    expect(integrity.version).to.equal(VERSION);
    expect(Object.keys(integrity.files).sort()).to.deep.equal([ESM, IIFE, 'reimbursement-estimator.iife.js', 'reimbursement-estimator.js'].sort());
    for (const [file, hash] of Object.entries(integrity.files)) {
      expect(await sriOf(`/dist/${file}`), file).to.equal(hash);
    }
  });

  it('the versioned files are the drop-in files of this build', async () => {
    const text = async (file: string) => (await fetch(`/dist/${file}`)).text();
    expect(await text(IIFE)).to.equal(await text('reimbursement-estimator.iife.js'));
    expect(await text(ESM)).to.equal(await text('reimbursement-estimator.js'));
  });
});

describe('the versioned file with its integrity hash, in a bare page under the strict CSP', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const [file, type] of [[IIFE, ''], [ESM, ' type="module"']] as const) {
    it(`runs ${file} and estimates, with no CSP violation`, async () => {
      const hash = (await integrityJson()).files[file];
      const page = await loadBarePage(
        `<script${type} src="/dist/${file}" integrity="${hash}" crossorigin="anonymous" defer></script>\n` +
          '<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>',
      );
      frames.push(page.frame);
      expect(page.defined).to.equal(true);
      const [widget] = page.widgets;
      widget!.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };
      await widget!.updateComplete;
      // Xuzhou part 2(1)2, level 3: deductible 700, (1000 - 700) × 60% = 180.
      expect(widget!.estimate?.totals.fund).to.equal('180.00');
      expect(page.win.__probe.violations).to.deep.equal([]);
      expect(page.win.__probe.errors).to.deep.equal([]);
    });
  }

  it('refuses the file when its hash does not match (so the test above means something)', async () => {
    const wrong = (await integrityJson()).files[ESM];
    const page = await loadBarePage(
      `<script src="/dist/${IIFE}" integrity="${wrong}" crossorigin="anonymous" defer></script>\n` +
        '<reimbursement-estimator region="xuzhou"></reimbursement-estimator>',
    );
    frames.push(page.frame);
    expect(page.defined).to.equal(false);
  });
});
