-- Statements per actor over time, from actor_daily: the TOP_N speakers, one row per actor and
-- period (GRAIN: day, week, month, quarter or year), with every period from the first to the
-- last date present (0 where the actor has none), ready to pivot into lines.
-- param TOP_N = 8
-- param GRAIN = month
with daily as (
  select actor_id, date, n_statements, n_mentions
  from read_parquet('{{OUT}}/actor_daily/*.parquet')
  where date is not null -- undated articles have no place on a time line
),
top as (
  select actor_id, name,
         row_number() over (order by n_statements desc, n_documents desc, actor_id) as rank
  from read_parquet('{{OUT}}/actor_statement_counts/*.parquet')
  where n_statements > 0
  qualify rank <= {{TOP_N}}
),
periods as (
  select unnest(generate_series(date_trunc('{{GRAIN}}', min(date)),
                                date_trunc('{{GRAIN}}', max(date)),
                                interval 1 {{GRAIN}}))::date as period
  from daily
),
sums as (
  select actor_id, date_trunc('{{GRAIN}}', date)::date as period,
         sum(n_statements) as n_statements, sum(n_mentions) as n_mentions
  from daily
  group by all
)
select t.rank, t.actor_id, t.name, p.period,
       coalesce(s.n_statements, 0) as n_statements,
       coalesce(s.n_mentions, 0) as n_mentions
from top t
cross join periods p
left join sums s on s.actor_id = t.actor_id and s.period = p.period
order by t.rank, p.period
