// The offline classroom, written into a build folder after each release build
// (scripts/post-build.sh): sw.js, the service worker that keeps the explainer working
// with no network, and livestream-arena.zip, the whole folder for a USB stick.
//
//   node scripts/offline.mjs DIR [--no-zip]
//
// Node's own zlib, no dependencies. The zip holds every file of DIR (sw.js included,
// itself not) under livestream-arena/, with a fixed date, so the same build gives
// the same zip.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

export const ZIP = 'livestream-arena.zip';
const WORKER = 'sw.js';

const [dir, ...flags] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/offline.mjs DIR [--no-zip]');
  process.exit(2);
}

/** Every file under `root`, as sorted paths relative to it with / separators. */
function files(root) {
  const out = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

// The worker caches the app's own files: not the zip (the whole build again), not
// itself, and not what only other sites read (embed.js, the oEmbed files, the embed
// pages with their start script and wasm).
const all = files(dir).filter((file) => file !== ZIP);
const forOtherSites = (file) =>
  ['embed.js', 'start-figure.js'].includes(file) || file.startsWith('oembed/') || /^(embed-.*\.html|figure-.*)$/.test(file);
const cached = all.filter((file) => file !== WORKER && !forOtherSites(file));
const hash = createHash('sha256');
for (const file of cached) hash.update(file).update('\0').update(readFileSync(join(dir, file))).update('\0');
const version = hash.digest('hex').slice(0, 16);
const list = cached.map((file) => (file === 'index.html' ? './' : file));
const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
writeFileSync(
  join(dir, WORKER),
  `const VERSION = '${version}';\nconst FILES = ${JSON.stringify(list)};\n${template}`,
);

if (!flags.includes('--no-zip')) {
  writeFileSync(join(dir, ZIP), zip(files(dir).filter((file) => file !== ZIP), dir));
}

/** A zip archive of `names` (paths under `root`), each deflated, under livestream-arena/. */
function zip(names, root) {
  const locals = [];
  const central = [];
  let offset = 0;
  // 1 January 2020, 00:00, in MS-DOS form: a fixed date keeps the archive reproducible.
  const time = 0;
  const date = ((2020 - 1980) << 9) | (1 << 5) | 1;
  for (const name of names) {
    const data = readFileSync(join(root, name));
    const packed = deflateRawSync(data, { level: 9 });
    const path = Buffer.from(`livestream-arena/${name}`, 'utf8');
    const crc = crc32(data);
    // The fields a file's local header and its central directory entry share, in the
    // same order: from the version needed to extract to the name's length.
    const shared = (header, at) => {
      header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
      header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(date, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(path.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4);
    locals.push(local, path, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, zip 2.0
    shared(entry, 6);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, path);
    offset += local.length + path.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** CRC-32 (the zip polynomial), bit by bit: a few megabytes take well under a second. */
function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
