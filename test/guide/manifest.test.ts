// custom-elements.json (the source of the guide's reference tables) against the running element:
// its attributes, public properties, events and CSS custom properties must agree, so the docs
// cannot promise what the element does not do, nor leave out what it does.
import '../components/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/standalone.js';
import { ReimbursementEstimator } from '../../src/components/reimbursement-estimator.js';

interface Named {
  name: string;
}
interface Member extends Named {
  kind: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
}
interface Declaration extends Named {
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  members?: Member[];
  events?: Named[];
  cssProperties?: Named[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: Declaration[] }> };
const declared = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement)!;
const names = (list: Named[] = []) => list.map((entry) => entry.name).sort();
const publicFields = (declared.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.privacy);

describe('custom-elements.json and the element', () => {
  it('declare the same tag', () => {
    expect(customElements.get(declared.tagName!)).to.equal(ReimbursementEstimator);
  });

  it('agree on the attributes', () => {
    expect(names(declared.attributes)).to.deep.equal([...ReimbursementEstimator.observedAttributes].sort());
  });

  it('agree on the public properties: every reactive property is documented, every documented one exists', () => {
    const reactive = [...ReimbursementEstimator.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
    const documented = publicFields.map((field) => field.name);
    expect(reactive.filter((name) => !documented.includes(name)), 'undocumented').to.deep.equal([]);
    const element = document.createElement('reimbursement-estimator');
    for (const field of publicFields) {
      expect(field.name in element, field.name).to.equal(true);
      // A read-only property has a getter and no setter on the prototype.
      const descriptor = Object.getOwnPropertyDescriptor(ReimbursementEstimator.prototype, field.name);
      if (field.readonly) expect(descriptor?.set, `${field.name} is documented read-only`).to.equal(undefined);
    }
  });

  it('agree on the events: each documented event fires, and nothing undocumented does', async () => {
    const element = await fixture<ReimbursementEstimator>(html`<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
    const fired = new Set<string>();
    const dispatch = element.dispatchEvent.bind(element);
    element.dispatchEvent = (event: Event) => {
      if (event instanceof CustomEvent) fired.add(event.type);
      return dispatch(event);
    };
    element.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };
    await element.updateComplete;
    await element.updateComplete;
    expect([...fired].sort()).to.deep.equal(names(declared.events));
  });

  it('agree on the CSS custom properties the styles read', () => {
    const cssText = ReimbursementEstimator.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
    const read = new Set([...cssText.matchAll(/var\(\s*(--re-[a-z0-9-]+)/g)].map(([, name]) => name!));
    expect([...read].sort()).to.deep.equal(names(declared.cssProperties));
  });
});
