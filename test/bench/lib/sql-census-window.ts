// Statements per stored message over a load run's measured window, from the SQL census's time
// series (BENCH_LOAD_SQL_CENSUS, lib/sql-census.ts):
//   node --import tsx test/bench/lib/sql-census-window.ts <path>.0.json.series.jsonl [skipSeconds=25] [rows=40]
// The window starts `skipSeconds` after the first message was stored and ends at the last line
// where messages were still being stored. Stored messages are counted by their insert statements
// (the ORM's, locked-row.ts's and append-at-once.ts's); turns by the assistant's claim.
import { readFileSync } from 'node:fs';

type Line = { at: number; counts: Record<string, number> };
const [file, skipArg, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: sql-census-window.ts <series.jsonl> [skipSeconds] [rows]');
const lines: Line[] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const sum = (c: Record<string, number>, re: RegExp) => Object.entries(c).reduce((a, [k, n]) => a + (re.test(k) ? n : 0), 0);
const STORED = /insert into "?messages"?|with m as \( insert into messages|update conversations set last_seq = last_seq \+ 1/;
const TURNS = /assistant_claim_seq|with recent as materialized/;
const first = lines.findIndex((l) => sum(l.counts, STORED) > 0);
if (first < 0) throw new Error('no message stored in this census');
const a = lines.find((l) => l.at >= lines[first].at + Number(skipArg ?? 25) * 1000) ?? lines[first];
let b = lines[lines.length - 1];
for (let i = lines.length - 1; i > 0; i--) if (sum(lines[i].counts, STORED) > sum(lines[i - 1].counts, STORED)) { b = lines[i]; break; }
const diff = Object.entries(b.counts).map(([k, n]) => [k, n - (a.counts[k] ?? 0)] as const).filter(([, n]) => n > 0);
const stored = sum(b.counts, STORED) - sum(a.counts, STORED);
const turns = sum(b.counts, TURNS) - sum(a.counts, TURNS);
const total = diff.reduce((x, [, n]) => x + n, 0);
const orm = diff.reduce((x, [k, n]) => x + (k.startsWith('orm: ') ? n : 0), 0);
console.log(`window ${((b.at - a.at) / 1000).toFixed(0)} s: ${stored} messages stored, ${turns} assistant turns, ${total} statements (ORM ${orm}) = ${(total / stored).toFixed(2)} per stored message`);
for (const [k, n] of diff.sort((x, y) => y[1] - x[1]).slice(0, Number(rowsArg ?? 40))) console.log(`${(n / stored).toFixed(2).padStart(6)} per message  ${String(n).padStart(7)}  ${k}`);
