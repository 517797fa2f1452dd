-- Inputs that were not analysed, by reason, with up to three examples each.
select reason, count(*) as n,
       list(regexp_extract(source_path, '[^/]+$') || coalesce(':' || line, '') || ' — ' || detail
            order by source_path, line)[1:3] as examples
from read_parquet('{{OUT}}/rejects/*.parquet')
group by reason
order by n desc, reason
