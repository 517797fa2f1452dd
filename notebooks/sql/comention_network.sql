-- Edges of the co-mention network at one SCOPE: pairs seen together in at least MIN_UNITS
-- units, strongest MAX_EDGES first, with both ends' names, types and mention counts.
-- param SCOPE = sentence
-- param MIN_UNITS = 2
-- param MAX_EDGES = 80
with actors as (
  select actor_id, name, type, n_mentions from read_parquet('{{OUT}}/actors/*.parquet')
)
select c.actor_a, a.name as name_a, a.type as type_a, a.n_mentions as mentions_a,
       c.actor_b, b.name as name_b, b.type as type_b, b.n_mentions as mentions_b,
       c.n_units, c.n_documents, c.pmi, c.jaccard
from read_parquet('{{OUT}}/comentions/*.parquet') c
join actors a on a.actor_id = c.actor_a
join actors b on b.actor_id = c.actor_b
where c.scope = '{{SCOPE}}' and c.n_units >= {{MIN_UNITS}}
order by c.n_units desc, c.jaccard desc, c.actor_a, c.actor_b
limit {{MAX_EDGES}}
