import { dayBefore } from '../engine/dates.js';
import { PolicyPackError } from '../engine/errors.js';
import { inputIssue } from '../messages/input-errors.js';
import { builtInPackList, checkHostPack, hostPackList } from './policy-registry.js';
import type { PolicyPack } from '../schema/policy-pack.js';

/**
 * Every region's versions, each a pack with its own period, in date order. A region's versions
 * never overlap, so for any date there is at most one in force.
 */
export type PolicyCatalogue = ReadonlyMap<string, readonly PolicyPack[]>;

export interface LoadedPolicies {
  /** The built-in packs and every valid host pack, by region. */
  readonly catalogue: PolicyCatalogue;
  /** The host packs in use, validated, in the order given (what `estimate()` can be handed). */
  readonly packs: readonly PolicyPack[];
  /** One error per host pack that could not be used (invalid, or clashing with a version). */
  readonly errors: readonly PolicyPackError[];
}

type Period = PolicyPack['effective']['value'];

const overlaps = (a: Period, b: Period): boolean => (b.to === null || a.from <= b.to) && (a.to === null || b.from <= a.to);
const samePeriod = (a: Period, b: Period): boolean => a.from === b.from && a.to === b.to;

/**
 * Where a new version goes among a region's versions. An identical period replaces that version
 * (a corrected reading of the same document). An open end ("to: null", in force until replaced)
 * gives way to a version that starts later: it ends the day before. Any other overlap is an error
 * naming both periods, since two sets of terms would apply on the same days.
 */
function addVersion(versions: PolicyPack[], pack: PolicyPack): PolicyPackError | null {
  const mine = pack.effective.value;
  const same = versions.findIndex((version) => samePeriod(version.effective.value, mine));
  if (same >= 0) {
    versions[same] = pack;
    return null;
  }
  const clash = versions.find((version) => {
    const theirs = version.effective.value;
    if (!overlaps(theirs, mine)) return false;
    const theirsGivesWay = theirs.to === null && theirs.from < mine.from;
    const mineGivesWay = mine.to === null && mine.from < theirs.from;
    return !theirsGivesWay && !mineGivesWay;
  });
  if (clash) {
    const theirs = clash.effective.value;
    return new PolicyPackError(pack.id, [
      inputIssue(['effective', 'value'], 'PACK_PERIOD_OVERLAP', { from: mine.from, to: mine.to, periods: [theirs] }),
    ]);
  }
  versions.push(pack);
  versions.sort((a, b) => (a.effective.value.from < b.effective.value.from ? -1 : 1));
  return null;
}

/** Open ends closed the day before the next version starts, so each period says when it stops. */
function closeOpenEnds(versions: readonly PolicyPack[]): PolicyPack[] {
  return versions.map((version, index) => {
    const next = versions[index + 1];
    if (!next || version.effective.value.to !== null) return version;
    const value = { from: version.effective.value.from, to: dayBefore(next.effective.value.from) };
    return { ...version, effective: { ...version.effective, value } };
  });
}

function build(extra: readonly unknown[]): LoadedPolicies {
  const byRegion = new Map<string, PolicyPack[]>();
  for (const pack of builtInPackList()) byRegion.set(pack.id, [pack]);
  const errors: PolicyPackError[] = [];
  const packs: PolicyPack[] = [];
  for (const raw of extra) {
    const checked = checkHostPack(raw);
    if (checked instanceof PolicyPackError) {
      errors.push(checked);
      continue;
    }
    const versions = byRegion.get(checked.id) ?? [];
    const clash = addVersion(versions, checked);
    if (clash) {
      errors.push(clash);
    } else {
      byRegion.set(checked.id, versions);
      packs.push(checked);
    }
  }
  const catalogue = new Map<string, readonly PolicyPack[]>();
  for (const [id, versions] of byRegion) catalogue.set(id, closeOpenEnds(versions));
  return { catalogue, packs, errors };
}

let builtInOnly: LoadedPolicies | undefined;

/**
 * The usable catalogue and the list of host packs that could not be used. An invalid host pack is
 * reported and skipped; the built-in packs and every other valid pack keep working.
 *
 * @param packs one pack, an array of packs, or JSON text of either
 */
export function loadPolicies(packs?: unknown): LoadedPolicies {
  const extra = hostPackList(packs);
  if (extra.length === 0) return (builtInOnly ??= build([]));
  return build(extra);
}

/** The catalogue for `estimate()`: any unusable host pack throws its `PolicyPackError`. */
export function policyCatalogue(packs?: unknown): PolicyCatalogue {
  const { catalogue, errors } = loadPolicies(packs);
  if (errors[0]) throw errors[0];
  return catalogue;
}

/** The version of a region in force on a date, if any. */
export function versionOn(versions: readonly PolicyPack[], date: string): PolicyPack | undefined {
  return versions.find(({ effective: { value } }) => date >= value.from && (value.to === null || date <= value.to));
}

/** A region's versions in date order (empty for an unknown region). */
export function policyVersions(region: string, packs?: unknown): readonly PolicyPack[] {
  return policyCatalogue(packs).get(region) ?? [];
}

/**
 * One pack per region, for lists and forms: the version in force on `date` where there is one,
 * otherwise the latest. Throws for an unusable host pack, as `estimate()` does.
 */
export function resolvePolicies(packs?: unknown, date?: string): ReadonlyMap<string, PolicyPack> {
  return currentVersions(policyCatalogue(packs), date);
}

/** The same from a catalogue already loaded. */
export function currentVersions(catalogue: PolicyCatalogue, date?: string): ReadonlyMap<string, PolicyPack> {
  const current = new Map<string, PolicyPack>();
  for (const [id, versions] of catalogue) {
    const pack = (date !== undefined ? versionOn(versions, date) : undefined) ?? versions[versions.length - 1];
    if (pack) current.set(id, pack);
  }
  return current;
}
