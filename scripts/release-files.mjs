// Release files for web teams who host the drop-in script themselves: a copy of each drop-in file
// whose name carries the package version (its content never changes under them) and
// dist/integrity.json with the SRI hash of every drop-in file, for `integrity="…"` in their snippet.
import { createHash } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';

export const DROP_IN_FILES = ['reimbursement-estimator.iife.js', 'reimbursement-estimator.js'];

/** `reimbursement-estimator.iife.js` -> `reimbursement-estimator-0.1.0.iife.js`. */
export function versionedName(file, version) {
  return file.replace(/^reimbursement-estimator/, `reimbursement-estimator-${version}`);
}

/** The Subresource Integrity value of some bytes (sha384, as browsers and security reviews expect). */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * Writes the versioned copies and dist/integrity.json; returns what it wrote to integrity.json.
 * `secondFiles`: the files the first file loads itself (issue 19), already versioned; listed under
 * `loadedByTheFirstFile` with their hashes (the same the first file carries), for a web team that
 * must name every file it serves. No snippet names them.
 */
export async function writeReleaseFiles(distUrl, version, secondFiles = []) {
  const files = {};
  for (const file of DROP_IN_FILES) {
    const bytes = await readFile(new URL(file, distUrl));
    const versioned = versionedName(file, version);
    await copyFile(new URL(file, distUrl), new URL(versioned, distUrl));
    files[versioned] = sri(bytes);
    files[file] = files[versioned];
  }
  const loadedByTheFirstFile = {};
  for (const file of secondFiles) loadedByTheFirstFile[file] = sri(await readFile(new URL(file, distUrl)));
  const integrity = { version, algorithm: 'sha384', files, ...(secondFiles.length > 0 ? { loadedByTheFirstFile } : {}) };
  await writeFile(new URL('integrity.json', distUrl), `${JSON.stringify(integrity, null, 2)}\n`);
  return integrity;
}
