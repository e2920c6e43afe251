// Builds world.json (the country shapes Briefings carries) from the npm package world-atlas
// (Natural Earth 1:50m admin-0 countries as TopoJSON; data public domain, package ISC; see NOTICE.md).
//
// Usage: npm ci && npm run build
//    or: node build-map.mjs <world-atlas/countries-50m.json> [output.json]
//
// Every shape is projected ONCE with d3-geo's Equal Earth projection (Šavrič, Patterson and Jenny 2018) at scale
// SCALE around (0, 0) — the formula Maps/EqualEarth.cs repeats for points — which also cuts rings at the
// antimeridian (Russia's Chukotka, Fiji). Rings are then simplified (Douglas–Peucker, TOLERANCE units) and rounded
// to whole units: x grows east, y grows south (SVG). A ring is written as [x0, y0, dx1, dy1, dx2, dy2, …] (steps
// after the first point). Shapes that share an ISO 3166-1 numeric code are merged (Australia and Ashmore and
// Cartier Is.); shapes without one (Kosovo, N. Cyprus, …) keep an empty id: drawn as land, never linked. A shape
// too small for a ring at this scale (Monaco) keeps its place as "at". Same input, same bytes.

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { geoCentroid, geoEqualEarth } from "d3-geo";
import { geoProject } from "d3-geo-projection";
import { feature } from "topojson-client";

const SCALE = 1000;
const TOLERANCE = 0.6;

const projection = geoEqualEarth().scale(SCALE).translate([0, 0]).precision(0.5);

function simplify(points, tolerance) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    const [ax, ay] = points[first], [bx, by] = points[last];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    let max = -1, index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > max) { max = d; index = i; }
    }
    if (max > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function ring(points) {
  const flat = [];
  let px = NaN, py = NaN, count = 0;
  for (const [fx, fy] of simplify(points, TOLERANCE)) {
    const x = Math.round(fx), y = Math.round(fy);
    if (x === px && y === py) continue;
    flat.push(count === 0 ? x : x - px, count === 0 ? y : y - py);
    px = x; py = y; count++;
  }
  // A closed ring repeats its first point last: drop it (the path's Z closes the ring).
  let sx = 0, sy = 0;
  for (let i = 2; i < flat.length; i += 2) { sx += flat[i]; sy += flat[i + 1]; }
  if (count > 1 && sx === 0 && sy === 0) { flat.length -= 2; count--; }
  return count >= 3 ? flat : null;
}

export function build(topology) {
  const byId = new Map();
  for (const country of feature(topology, topology.objects.countries).features) {
    const projected = geoProject(country, projection).geometry;
    if (!projected) continue;
    const polygons = projected.type === "Polygon" ? [projected.coordinates] : projected.type === "MultiPolygon" ? projected.coordinates : [];
    const rings = polygons.flat().map(ring).filter((r) => r !== null);
    const id = country.id ?? "";
    const key = id === "" ? `~${country.properties.name}` : id;
    const shape = byId.get(key) ?? { id, name: country.properties.name, rings: [] };
    shape.rings.push(...rings);
    if (shape.rings.length === 0) {
      shape.at = projection(geoCentroid(country)).map(Math.round);
    } else {
      delete shape.at;
    }
    byId.set(key, shape);
  }
  const shapes = [...byId.values()].sort((a, b) => (a.id === b.id ? (a.name < b.name ? -1 : 1) : a.id < b.id ? -1 : 1));
  return { source: "world-atlas 2.0.2 countries-50m.json (Natural Earth 1:50m admin 0)", projection: "equal-earth", scale: SCALE, shapes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [input, output = fileURLToPath(new URL("world.json", import.meta.url))] = process.argv.slice(2);
  if (!input) {
    console.error("usage: node build-map.mjs <world-atlas/countries-50m.json> [output.json]");
    process.exit(2);
  }
  const data = build(JSON.parse(readFileSync(input, "utf8")));
  // One shape per line: small diffs when the data changes, and still valid JSON.
  const lines = data.shapes.map((s) => "    " + JSON.stringify(s));
  const text = `{\n  "source": ${JSON.stringify(data.source)},\n  "projection": "${data.projection}",\n  "scale": ${data.scale},\n  "shapes": [\n${lines.join(",\n")}\n  ]\n}\n`;
  writeFileSync(output, text);
  console.error(`${data.shapes.length} shapes, ${text.length} bytes → ${output}`);
}
