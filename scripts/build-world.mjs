#!/usr/bin/env node
// Writes src/data/html-world-110m.tsv: the world's country outlines for the HTML report's map, as
// SVG path data in an equirectangular projection (x = longitude + 180, y = 90 - latitude, so the
// map's viewBox is 0 0 360 180), rounded to 0.1 degree. From world-atlas (Natural Earth 1:110m
// countries, public domain) through topojson-client. Run: node scripts/build-world.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries).features;
const r = (v) => Math.round(v * 10) / 10;
// A ring that crosses the antimeridian (Russia, Fiji) is drawn as pieces, never a line across the map.
const ring = (coords) => {
  const parts = [[]];
  let lastX = null;
  for (const [lon, lat] of coords) {
    const x = r(lon + 180);
    if (lastX !== null && Math.abs(x - lastX) > 180) parts.push([]);
    const p = `${x} ${r(90 - lat)}`;
    const part = parts[parts.length - 1];
    if (part[part.length - 1] !== p) part.push(p);
    lastX = x;
  }
  if (parts.length === 1) return parts[0].length > 2 ? `M${parts[0].join('L')}Z` : '';
  return parts.filter((p) => p.length > 1).map((p) => `M${p.join('L')}`).join('');
};
const lines = [];
for (const c of countries) {
  const g = c.geometry;
  if (!g) continue;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const d = polys.flatMap((poly) => poly.map(ring)).join('');
  if (d) lines.push(`${c.properties.name}\t${d}`);
}
lines.sort();
const header = [
  '# Country outlines for the HTML report\'s map (src/output/html.ts): SVG path data in an',
  '# equirectangular projection, x = longitude + 180, y = 90 - latitude (viewBox 0 0 360 180).',
  '# Source: Natural Earth 1:110m admin-0 countries (public domain) via world-atlas 2.0.2;',
  '# written by scripts/build-world.mjs.',
  'name\tpath',
];
writeFileSync(new URL('../src/data/html-world-110m.tsv', import.meta.url), header.concat(lines).join('\n') + '\n');
console.log(`${lines.length} countries`);
