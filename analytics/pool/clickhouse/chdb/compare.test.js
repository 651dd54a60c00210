// The catalogue on ClickHouse (embedded, as chDB) gives DuckDB's values: every indicator of
// `otzvuk catalog-sql --engine clickhouse --db POOLED PACKAGE_DIR...` (the file named by
// OTZVUK_CATALOG_SQL) runs here over the Parquet packages and is compared row by row with the
// values DuckDB computed from the same catalogue text: n exactly, values to 1e-9 (counts exactly).
// Any indicator the translation refused fails the run.
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const { query } = require("chdb");

const file = process.env.OTZVUK_CATALOG_SQL;
if (!file) {
  throw new Error("OTZVUK_CATALOG_SQL is not set: run `make chdb-test` (it builds the packages and the catalogue SQL first)");
}
const catalog = JSON.parse(fs.readFileSync(file, "utf8"));
const TOL = 1e-9;
const summary = { indicators: catalog.indicators.length, matched: 0, rows: 0, largest_difference: 0, largest_in: "", empty: [], rules: catalog.rules };

const key = (r) => `${r.municipality}|${r.year}|${r.k}`;

function clickhouseRows(sql) {
  const text = query(sql, "JSONEachRow");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const o = JSON.parse(l);
      const v = o.value === null || o.value === undefined ? null : Number(o.value);
      return { municipality: o.municipality, year: Number(o.y), k: o.k, n: Number(o.n), value: Number.isFinite(v) ? v : v === null ? null : NaN };
    })
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

test("every catalogue indicator translates for ClickHouse", () => {
  assert.deepEqual(catalog.untranslatable, [], "indicators the translation refused: " + JSON.stringify(catalog.untranslatable));
});

for (const ind of catalog.indicators) {
  test(`${ind.id} (${ind.kind}) on chDB equals DuckDB`, () => {
    assert.ok(ind.clickhouse, "no ClickHouse text");
    assert.ok(Array.isArray(ind.expected), "no DuckDB values: run catalog-sql with --db");
    const got = clickhouseRows(ind.clickhouse);
    const want = [...ind.expected].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    assert.deepEqual(got.map(key), want.map(key), "the same municipalities, years and keys");
    const exact = ind.kind === "count" || ind.kind === "open_overdue";
    for (let i = 0; i < want.length; i++) {
      const g = got[i], w = want[i];
      assert.equal(g.n, w.n, `${key(w)}: n`);
      if (w.value === null) {
        assert.equal(g.value, null, `${key(w)}: value`);
        continue;
      }
      assert.ok(g.value !== null && Number.isFinite(g.value), `${key(w)}: ClickHouse gave ${g.value}`);
      const diff = Math.abs(g.value - w.value);
      if (diff > summary.largest_difference) {
        summary.largest_difference = diff;
        summary.largest_in = `${ind.id} ${key(w)}`;
      }
      if (exact) assert.equal(g.value, w.value, `${key(w)}: count`);
      else assert.ok(diff <= TOL * Math.max(1, Math.abs(w.value)), `${key(w)}: ${g.value} vs ${w.value} (diff ${diff})`);
    }
    summary.matched++;
    summary.rows += want.length;
    if (want.length === 0) summary.empty.push(ind.id);
  });
}

// Not a vacuous pass: values were compared. An indicator with no value at all (no open overdue
// item, say) must be empty on both engines; it is named in the summary.
test("the comparison compared values", () => {
  const withValues = catalog.indicators.filter((i) => (i.expected ?? []).length > 0).length;
  assert.ok(withValues >= catalog.indicators.length - 2, `only ${withValues} of ${catalog.indicators.length} indicators have values`);
});

test.after(() => {
  const line = `chDB comparison: ${summary.matched}/${summary.indicators} indicators matched over ${summary.rows} values; largest difference ${summary.largest_difference} (${summary.largest_in || "none"})${summary.empty.length ? "; no value on either engine: " + summary.empty.join(", ") : ""}`;
  console.log(line);
  if (process.env.OTZVUK_CHDB_SUMMARY) fs.writeFileSync(process.env.OTZVUK_CHDB_SUMMARY, JSON.stringify(summary, null, 2) + "\n");
});
