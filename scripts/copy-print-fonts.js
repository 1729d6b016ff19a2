// Run before every plugin build (`prebuild:plugin`): copies the web fonts the PDF is printed with
// from @fontsource into src/plugins/annual-report/print-fonts/ (git-ignored) with their OFL
// licence, and writes faces.json, which the PDF service reads. Chromium embeds these TrueType-
// outlined fonts as CID TrueType; the system's Noto CJK (CFF outlines) would be Type 3, which
// archival checks reject. Only what the print uses is copied: Noto Serif SC 400 and 700 (body,
// tables, title) and Noto Sans SC 700 (section headings), each as its chinese-simplified subset
// (about 8,000 characters: GB2312 and more, ASCII included) and its latin-ext subset (pinyin
// tones), about 4 MB in all instead of the packages' 170 MB.
const fs = require('fs');
const path = require('path');

const target = path.join(__dirname, '..', 'src', 'plugins', 'annual-report', 'print-fonts');

const FACES = [
  { role: 'body', family: 'noto-serif-sc', weight: 400 },
  { role: 'body', family: 'noto-serif-sc', weight: 700 },
  { role: 'heading', family: 'noto-sans-sc', weight: 700 },
];
const SUBSETS = ['chinese-simplified', 'latin-ext'];

const packageDir = (family) => path.dirname(require.resolve(`@fontsource/${family}/package.json`));

fs.rmSync(target, { recursive: true, force: true });
const faces = [];
for (const family of new Set(FACES.map((face) => face.family))) {
  const from = packageDir(family);
  const to = path.join(target, family);
  fs.mkdirSync(to, { recursive: true });
  fs.copyFileSync(path.join(from, 'LICENSE'), path.join(to, 'LICENSE'));
  const ranges = JSON.parse(fs.readFileSync(path.join(from, 'unicode.json'), 'utf8'));
  for (const face of FACES.filter((candidate) => candidate.family === family)) {
    for (const subset of SUBSETS) {
      const name = `${family}-${subset}-${face.weight}-normal.woff2`;
      fs.copyFileSync(path.join(from, 'files', name), path.join(to, name));
      faces.push({
        role: face.role,
        weight: face.weight,
        file: `${family}/${name}`,
        // The chinese-simplified file draws everything else it has, ASCII included.
        ...(subset === 'latin-ext' ? { unicodeRange: ranges[subset] } : {}),
      });
    }
  }
}
fs.writeFileSync(path.join(target, 'faces.json'), `${JSON.stringify(faces, null, 2)}\n`);
console.log(`print fonts: ${faces.length} faces copied to ${path.relative(process.cwd(), target)}`);
