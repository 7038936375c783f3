#!/usr/bin/env node
// Regenerates shared/calendar/official-data.ts from resources/holiday-cn/YYYY.json (NateScarlet/holiday-cn, MIT).
// Keeps everything above the GENERATED marker and rewrites the data below it; years without days are left out.
// Run from the project root: node scripts/generate-holiday-data.mjs && npx prettier --write shared/calendar/official-data.ts
import fs from 'node:fs';

const F = 'shared/calendar/official-data.ts',
  D = 'resources/holiday-cn/',
  M = '// ---- GENERATED',
  n = (d) => Date.parse(d) / 864e5,
  s = (l) => l.map(([a, b, c]) => [a, b === c ? b : b + '..' + c]),
  o = [];
for (const f of fs
  .readdirSync(D)
  .filter((f) => /^\d{4}\.json$/.test(f))
  .sort()) {
  const j = JSON.parse(fs.readFileSync(D + f, 'utf8')),
    r = { off: [], work: [] };
  if (!j.days.length) continue;
  for (const d of [...j.days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const l = r[d.isOffDay ? 'off' : 'work'],
      p = l[l.length - 1];
    if (p && p[0] === d.name && n(d.date) - n(p[2]) === 1) p[2] = d.date;
    else l.push([d.name, d.date, d.date]);
  }
  o.push({ year: j.year, papers: j.papers, off: s(r.off), work: s(r.work) });
}
const t = fs.readFileSync(F, 'utf8');
fs.writeFileSync(
  F,
  t.slice(0, t.lastIndexOf(M)) +
    M +
    ' below by the command above; do not edit ----\nexport const OFFICIAL_HOLIDAY_YEARS: readonly OfficialHolidayYear[] = ' +
    JSON.stringify(o) +
    ';\n',
);
