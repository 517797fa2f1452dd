-- The actors quoted most: one row per actor, most statements first.
-- param TOP_N = 20
select actor_id, name, type, n_statements, n_direct, n_partial, n_indirect, n_documents,
       first_date, last_date
from read_parquet('{{OUT}}/actor_statement_counts/*.parquet')
where n_statements > 0
order by n_statements desc, n_documents desc, actor_id
limit {{TOP_N}}
