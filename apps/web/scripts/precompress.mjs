// Writes a .br (Brotli, quality 11) and a .gz (gzip, level 9) beside each text file of the build, so the server
// sends the smallest form without compressing on every request (on the fly it used fast settings, and its Brotli
// came out larger than gzip). A form that is not smaller than the file is not written. Run after `vite build`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The build's folder, or another one named (the API's tests precompress a build of their own).
const dist = process.argv[2]
  ? resolve(process.argv[2])
  : resolve(fileURLToPath(import.meta.url), '../../dist');
const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;
// Below this a compressed form saves less than its headers cost.
const MIN_BYTES = 1024;

let files = 0;
let before = 0;
let brotli = 0;
for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (name.startsWith('.vite') || !TEXT.test(name)) continue;
  const path = join(dist, name);
  const body = readFileSync(path);
  if (body.length < MIN_BYTES) continue;
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  if (br.length < body.length) writeFileSync(`${path}.br`, br);
  if (gz.length < body.length) writeFileSync(`${path}.gz`, gz);
  files += 1;
  before += gz.length;
  brotli += Math.min(br.length, gz.length);
}
console.log(
  `Precompressed ${files} files: ${(before / 1024).toFixed(1)} KB gzip, ${(brotli / 1024).toFixed(1)} KB Brotli`,
);
