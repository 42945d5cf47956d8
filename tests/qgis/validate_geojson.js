// SPDX-License-Identifier: MIT
// validate_geojson.js DIR_OF_VALIDATORS FILE... - check GeoJSON files against RFC 7946
// with two validators the project did not write: @placemarkio/check-geojson (structure,
// positions, rings) and @mapbox/geojsonhint's object checker (right-hand rule, which
// check-geojson leaves out), plus what RFC 7946 says that neither checks: no "crs"
// member, longitudes and latitudes in range. Prints 'N passed, N failed'.
'use strict';
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
const { getIssues } = require(path.join(dir, 'check-geojson'));
const hint = require(path.join(dir, 'geojsonhint', 'lib', 'object.js')).hint;
let passed = 0, failed = 0;
function ok(cond, what) {
  if (cond) passed++; else { failed++; console.log('FAIL: ' + what); }
}
function positions(g, out) {
  if (!g) return out;
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => positions(x, out));
  else (function walk(c) { if (typeof c[0] === 'number') out.push(c); else c.forEach(walk); })(g.coordinates);
  return out;
}
for (const file of process.argv.slice(3)) {
  const text = fs.readFileSync(file, 'utf8');
  const issues = getIssues(text);
  ok(issues.length === 0, file + ': check-geojson: ' + JSON.stringify(issues.slice(0, 3)));
  const obj = JSON.parse(text);
  const hints = hint(obj);
  ok(hints.length === 0, file + ': geojsonhint: ' + JSON.stringify(hints.slice(0, 3)));
  ok(!('crs' in obj), file + ': has a crs member');
  let bad = 0, decimals = 0;
  for (const f of obj.features) {
    for (const p of positions(f.geometry, [])) {
      if (p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90) bad++;
      for (const v of p) {
        const s = String(v), i = s.indexOf('.');
        if (i >= 0) decimals = Math.max(decimals, s.length - i - 1);
      }
    }
  }
  ok(bad === 0, file + ': ' + bad + ' positions outside lon/lat ranges');
  ok(decimals <= 6, file + ': ' + decimals + ' decimals, more than 6');
  console.log('ok: ' + file + ': ' + obj.features.length + ' features');
}
console.log(passed + ' passed, ' + failed + ' failed');
process.exit(failed || !passed ? 1 : 0);
