import { openPostgres } from '../src/db/postgres.ts'
const db = await openPostgres('postgres://postgres@127.0.0.1:55432/postgres', 2)
const sql = `SELECT to_char(g.period,'YYYY-MM-DD') AS period, g.party_id, g.agreement_id, g.agreement_title, g.zone_id, g.zone_name, NULL AS category, NULL AS status, COALESCE(sum(n),0)::int AS incidents,
 COALESCE(sum(g.a),0)::int AS killed_min, COALESCE(sum(g.b),0)::int AS killed_max, COALESCE(sum(g.c),0)::int AS c1, COALESCE(sum(g.d),0)::int AS c2, COALESCE(sum(g.e),0)::int AS i1, COALESCE(sum(g.h),0)::int AS i2 FROM (
SELECT date_trunc('week', occurred_at AT TIME ZONE $2) period, alleged_party_id party_id, zone_id, agreement_id, zone_name, agreement_title, count(*) n, sum(killed_min) a, sum(killed_max) b,sum(children_killed_min) c, sum(children_killed_max) d, sum(injured_min) e, sum(injured_max) h FROM f
WHERE theatre_id=$1 GROUP BY 1,2,3,4,5,6) g GROUP BY 1,2,3,4,5,6 ORDER BY 1,2,3,4,5,6`
for (let i = 0; i < 6; i++) {
  const t = performance.now()
  const rows = await db.tx(async (q) => { await q.query(`SET LOCAL work_mem='32MB'`); return q.query(sql, ['11111111-1111-1111-1111-111111111111', 'Asia/Damascus'], { planEachRun: true }) })
  const t2 = performance.now()
  const ex = await db.tx(async (q) => { await q.query(`SET LOCAL work_mem='32MB'`); return q.query<any>('EXPLAIN ANALYZE ' + sql, ['11111111-1111-1111-1111-111111111111', 'Asia/Damascus'], { planEachRun: true }) })
  console.log(rows.length, (t2 - t).toFixed(1), ex.at(-1)['QUERY PLAN'])
}
await db.close()
