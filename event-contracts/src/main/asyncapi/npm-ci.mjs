// `npm ci`, but only when package.json or package-lock.json changed since the last successful install: npm ci
// always wipes node_modules and takes ~8 s even from the npm cache, which every Maven build would pay for nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const stamp = path.join(here, 'node_modules', '.package-lock.sha256');
const lock = createHash('sha256')
  .update(readFileSync(path.join(here, 'package.json')))
  .update(readFileSync(path.join(here, 'package-lock.json')))
  .digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lock) {
  console.log('node_modules matches package.json and package-lock.json; npm ci skipped');
  process.exit(0);
}
const started = Date.now();
const npm = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
  cwd: here,
  stdio: 'inherit',
  shell: process.platform === 'win32', // npm is npm.cmd there
});
if (npm.status !== 0) {
  console.error(`npm ci failed (${npm.error?.message ?? `exit ${npm.status}`}); without Node.js, skip with -Dasyncapi.skip=true`);
  process.exit(1);
}
writeFileSync(stamp, `${lock}\n`);
console.log(`npm ci took ${((Date.now() - started) / 1000).toFixed(1)} s`);
