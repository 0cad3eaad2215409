// The release step's hashing and naming (scripts/release-files.mjs), against known values.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { sri, versionedName, writeReleaseFiles } from '../../scripts/release-files.mjs';

test('sri() is the sha384 SRI value (of the empty string, as `openssl dgst -sha384 -binary | openssl base64` gives it)', () => {
  assert.equal(sri(Buffer.from('')), 'sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb');
});

test('versioned names put the version after the product name', () => {
  assert.equal(versionedName('reimbursement-estimator.iife.js', '1.2.3'), 'reimbursement-estimator-1.2.3.iife.js');
  assert.equal(versionedName('reimbursement-estimator.js', '1.2.3'), 'reimbursement-estimator-1.2.3.js');
});

test('writeReleaseFiles copies each drop-in file under its versioned name and lists both hashes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'release-'));
  await writeFile(join(dir, 'reimbursement-estimator.iife.js'), 'classic');
  await writeFile(join(dir, 'reimbursement-estimator.js'), 'module');
  const integrity = await writeReleaseFiles(pathToFileURL(`${dir}/`), '9.9.9');
  assert.equal(await readFile(join(dir, 'reimbursement-estimator-9.9.9.iife.js'), 'utf8'), 'classic');
  assert.equal(integrity.files['reimbursement-estimator-9.9.9.js'], sri(Buffer.from('module')));
  assert.deepEqual(JSON.parse(await readFile(join(dir, 'integrity.json'), 'utf8')), integrity);
});
