#!/bin/sh
# Palpate's FSRS-6 optimizer beside fsrs-rs's (npm @open-spaced-repetition/binding 0.5.0, fsrs crate 6.5.0) on
# the same review log: fitting time and log loss of each, and each side's parameters scored by fsrs-rs itself.
# Not run by the tests. Needs node and npm; the binding is installed into a temporary folder, never into the project.
#
#   bench/optimizer-vs-fsrs-rs.sh [REVLOG.csv] [RUNS]
#
# Both sides get the same items: one per review that comes a day or more after the card's previous one, days
# rolling over at 04:00 UTC, cards in file order. Times are for fitting only (no JVM or Node start-up); each Palpate
# run is a fresh one-shot command, so its fit runs cold, as it does for a user.
set -e
dir=$(cd "$(dirname "$0")/.." && pwd)
log=${1:-$dir/src/test/resources/fsrs/review_logs_josh_1711744352250_to_1728234780857.csv}
runs=${2:-3}
log=$(cd "$(dirname "$log")" && pwd)/$(basename "$log")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "Installing @open-spaced-repetition/binding@0.5.0 into $tmp ..." >&2
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @open-spaced-repetition/binding@0.5.0 >&2)

cat > "$tmp/fsrs-rs.mjs" <<'JS'
import fs from 'node:fs';
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
const [file, runs, palpateParameters] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(l => l.trim());
const header = lines[0].replace(/^\uFEFF/, '').split(',').map(s => s.trim());
const [ci, ri, ti] = ['card_id', 'review_rating', 'review_time'].map(n => header.indexOf(n));
const cards = new Map();
for (const line of lines.slice(1)) {
  const f = line.split(',');
  if (!cards.has(f[ci])) cards.set(f[ci], []);
  cards.get(f[ci]).push({ rating: Number(f[ri]), t: Date.parse(f[ti].replace(/(\.\d{3})\d+/, '$1')) });
}
const DAY = 86400000, ROLLOVER = 4 * 3600000;
const items = [];
for (const reviews of cards.values()) {
  reviews.sort((a, b) => a.t - b.t);
  const days = reviews.map(r => Math.floor((r.t - ROLLOVER) / DAY));
  const all = reviews.map((r, i) => new FSRSBindingReview(r.rating, i === 0 ? 0 : days[i] - days[i - 1]));
  for (let i = 1; i < all.length; i++) {
    if (all[i].deltaT > 0) items.push(new FSRSBindingItem(all.slice(0, i + 1)));
  }
}
const times = [];
let parameters;
for (let k = 0; k < runs; k++) {
  const start = process.hrtime.bigint();
  parameters = await computeParameters(items, { enableShortTerm: true });
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const own = new FSRSBinding(parameters).evaluate(items);
const palpate = new FSRSBinding(JSON.parse(palpateParameters)).evaluate(items);
console.log(JSON.stringify({ items: items.length, times, logLoss: own.logLoss, rmseBins: own.rmseBins,
  palpateLogLoss: palpate.logLoss, palpateRmseBins: palpate.rmseBins, parameters }));
JS

echo "Running Palpate's optimizer $runs times (one-shot commands) ..." >&2
export PALPATE_HOME="$tmp/home"
mkdir -p "$PALPATE_HOME"
: > "$tmp/palpate.jsonl"
i=0
while [ "$i" -lt "$runs" ]; do
  "$dir/palpate" srs optimize --revlog "$log" --format json >> "$tmp/palpate.jsonl"
  echo >> "$tmp/palpate.jsonl"
  i=$((i + 1))
done
params=$(node -e 'const l=require("fs").readFileSync(process.argv[1],"utf8").split("\n").filter(x=>x.trim());console.log(JSON.stringify(JSON.parse(l[0]).parameters))' "$tmp/palpate.jsonl")

echo "Running fsrs-rs's computeParameters $runs times ..." >&2
(cd "$tmp" && node fsrs-rs.mjs "$log" "$runs" "$params") > "$tmp/fsrs-rs.json"

node -e '
const fs = require("fs");
const p = fs.readFileSync(process.argv[1], "utf8").split("\n").filter(l => l.trim()).map(l => JSON.parse(l));
const r = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const pt = p.map(x => x.ms), rt = r.times;
const row = (name, first, med, ll, rb, ll2, rb2) => console.log(
  name.padEnd(10) + String(Math.round(first)).padStart(9) + String(Math.round(med)).padStart(11) +
  ll.toFixed(8).padStart(12) + rb.toFixed(6).padStart(12) + ll2.toFixed(8).padStart(18) + rb2.toFixed(6).padStart(12));
console.log("log: " + process.argv[3] + " (" + r.items + " items), " + pt.length + " runs each");
console.log("".padEnd(10) + "first ms".padStart(9) + "median ms".padStart(11) + "log loss".padStart(12) + "RMSE(bins)".padStart(12) +
  "scored by fsrs-rs".padStart(18) + "RMSE(bins)".padStart(12));
row("Palpate", pt[0], median(pt), p[0].logLoss, p[0].rmseBins, r.palpateLogLoss, r.palpateRmseBins);
row("fsrs-rs", rt[0], median(rt), r.logLoss, r.rmseBins, r.logLoss, r.rmseBins);
console.log("every run, ms: Palpate " + pt.map(Math.round).join(", ") + "; fsrs-rs " + rt.map(Math.round).join(", "));
const gap = Math.max(...p[0].parameters.map((w, i) => Math.abs(w - r.parameters[i])));
console.log("largest difference between the two parameter sets: " + gap.toExponential(2));
' "$tmp/palpate.jsonl" "$tmp/fsrs-rs.json" "$log"
