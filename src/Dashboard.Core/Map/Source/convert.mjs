// Converts Natural Earth's admin-0 country shapes (1:50m, as TopoJSON in the npm package
// world-atlas) into ../world-countries.json, the file Dashboard.Core embeds and projects at start-up.
//
//   cd src/Dashboard.Core/Map/Source && npm ci && npm run convert
//
// Repeatable: the same pinned packages give the same output byte for byte. It also refreshes
// countries-50m.json beside this script, a verbatim copy of its input, so the tests can compare
// the output with the source on a clone without node_modules.
//
// Steps: simplify the topology (shared borders stay shared, so neighbours never gap or overlap),
// drop islands smaller than MIN_ISLAND_KM2 (a country always keeps its largest polygon, so tiny
// island states stay on the map, and one that simplification collapses keeps its original shape),
// turn Antarctica's pole-line outline into its coast, merge features that share an ISO numeric id
// (Australia and the Ashmore and Cartier Islands), and round coordinates to 0.001° (about 100 m).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { planarRingArea, presimplify, simplify } from 'topojson-simplify';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = join(here, 'node_modules', 'world-atlas', 'countries-50m.json');
const SOURCE_COPY = join(here, 'countries-50m.json');
const OUTPUT = join(here, '..', 'world-countries.json');

// Visvalingam effective area (in square degrees, topojson-simplify's planar weight) below which a
// point is removed. Chosen so that the whole world map's SVG stays well under 300 KB (a test checks
// it) while coasts still read at the regional zoom presets. Spherical weights are not used: they
// collapse rings that run along a pole line, such as Antarctica's.
const MIN_WEIGHT_DEG2 = 0.01;
const MIN_ISLAND_KM2 = 300;
const KM_PER_DEGREE = 111.32;

const sourceText = readFileSync(SOURCE, 'utf8');
const topology = JSON.parse(sourceText);
const simplified = simplify(presimplify(topology), MIN_WEIGHT_DEG2);
const features = feature(simplified, simplified.objects.countries).features;
// Unsimplified, for the few tiny countries (Monaco, the Vatican, Nauru) that simplification collapses.
const pristine = JSON.parse(sourceText);
const originals = new Map(feature(pristine, pristine.objects.countries).features.map((f, i) => [i, f]));

const round = (value) => Math.round(value * 1000) / 1000;
// Natural Earth's Antarctica is a polygon whose outline runs along the pole line (a ring of no area)
// with the coast as its "hole", which only means Antarctica on a sphere. On a flat map the coast
// itself is the outline; the app closes it along the pole when it cuts rings at the antimeridian.
const isPoleLine = (ring) => ring.every(([, lat]) => Math.abs(lat) > 89.9);
const polygonsOf = (geometry) =>
  (geometry === null ? [] : geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .flatMap((rings) => (isPoleLine(rings[0]) ? rings.slice(1).map((ring) => [ring]) : [rings]));

// Rings as flat [lon, lat, lon, lat, ...] arrays, rounded; points that round together are dropped.
const flatRing = (ring) => {
  const flat = [];
  for (const [lon, lat] of ring) {
    const x = round(lon);
    const y = round(lat);
    if (flat.length === 0 || flat[flat.length - 2] !== x || flat[flat.length - 1] !== y) {
      flat.push(x, y);
    }
  }
  return flat;
};

// Area of a ring in km², from its area in square degrees shrunk by the cosine of its mean latitude:
// rough, but only used to drop small islands, and it stays sane for rings along a pole line.
const approximateKm2 = (ring) => {
  const meanLatitude = ring.reduce((sum, [, lat]) => sum + lat, 0) / ring.length;
  return planarRingArea(ring) * KM_PER_DEGREE * KM_PER_DEGREE * Math.cos((meanLatitude * Math.PI) / 180);
};

const isRing = (ring) => flatRing(ring).length >= 8;
const usable = (geometry) => polygonsOf(geometry).filter((rings) => isRing(rings[0]));

const byKey = new Map();
for (const [index, simplifiedFeature] of features.entries()) {
  const f = usable(simplifiedFeature.geometry).length > 0 ? simplifiedFeature : originals.get(index);
  const polygons = usable(f.geometry)
    .map((rings) => ({ rings, km2: approximateKm2(rings[0]) }))
    .sort((a, b) => b.km2 - a.km2);
  const kept = polygons.filter((p, i) => i === 0 || p.km2 >= MIN_ISLAND_KM2);
  // Shapes without an ISO code (Kosovo, Northern Cyprus, Somaliland, ...) keep their name as key.
  const key = f.id ?? `name:${f.properties.name}`;
  const entry = byKey.get(key) ?? { id: f.id ?? null, name: f.properties.name, largest: 0, polygons: [] };
  if (kept.length > 0 && kept[0].km2 > entry.largest) {
    // Merged features take the name of the largest part ("Australia", not "Ashmore and Cartier Is.").
    entry.name = f.properties.name;
    entry.largest = kept[0].km2;
  }
  entry.polygons.push(...kept.map((p) => p.rings.filter(isRing).map(flatRing)));
  byKey.set(key, entry);
}

const countries = [...byKey.values()]
  .map(({ id, name, polygons }) => ({ id, name, polygons }))
  .sort((a, b) => (a.id ?? `~${a.name}`).localeCompare(b.id ?? `~${b.name}`));

const output = {
  source: 'Natural Earth 4.1.0 admin-0 countries, 1:50m, from the npm package world-atlas 2.0.2 (countries-50m.json)',
  licence: 'Natural Earth: public domain. world-atlas: ISC.',
  simplification: { minWeightSquareDegrees: MIN_WEIGHT_DEG2, minIslandKm2: MIN_ISLAND_KM2, decimals: 3 },
  countries,
};

writeFileSync(OUTPUT, JSON.stringify(output) + '\n');
copyFileSync(SOURCE, SOURCE_COPY);
const points = countries.reduce((n, c) => n + c.polygons.flat().reduce((m, r) => m + r.length / 2, 0), 0);
console.log(`wrote ${countries.length} shapes (${countries.filter((c) => c.id === null).length} without ISO code), ${points} points, to ${OUTPUT}`);
