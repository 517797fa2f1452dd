-- The co-mention matrix of the TOP_N most mentioned actors at one SCOPE (document, paragraph
-- or sentence), in long form with both (row, col) and (col, row): pivot on row_id/col_id with
-- n_units (raw counts) or pmi as the values. Pairs never seen together have no row.
-- param TOP_N = 25
-- param SCOPE = document
with top as (
  select actor_id, name,
         row_number() over (order by n_mentions desc, n_documents desc, actor_id) as rank
  from read_parquet('{{OUT}}/actors/*.parquet')
  qualify rank <= {{TOP_N}}
),
pairs as (
  select actor_a, actor_b, n_units, n_documents, pmi, jaccard
  from read_parquet('{{OUT}}/comentions/*.parquet')
  where scope = '{{SCOPE}}'
),
both_ways as (
  select actor_a as row_id, actor_b as col_id, n_units, n_documents, pmi, jaccard from pairs
  union all
  select actor_b, actor_a, n_units, n_documents, pmi, jaccard from pairs
)
select r.rank as row_rank, p.row_id, r.name as row_name,
       c.rank as col_rank, p.col_id, c.name as col_name,
       p.n_units, p.n_documents, p.pmi, p.jaccard
from both_ways p
join top r on r.actor_id = p.row_id
join top c on c.actor_id = p.col_id
order by row_rank, col_rank
