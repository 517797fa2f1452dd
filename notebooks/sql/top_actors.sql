-- The actors mentioned most (the rows and columns of the co-mention matrix).
-- param TOP_N = 25
select row_number() over (order by n_mentions desc, n_documents desc, actor_id) as rank,
       actor_id, name, type, n_mentions, n_documents, aliases
from read_parquet('{{OUT}}/actors/*.parquet')
qualify rank <= {{TOP_N}}
order by rank
