-- Rows per output table of one run.
-- Placeholders: {{OUT}} = the run's output folder (see notebooks/README.md).
select 'documents' as table_name, count(*) as n_rows from read_parquet('{{OUT}}/documents/*.parquet')
union all select 'mentions', count(*) from read_parquet('{{OUT}}/mentions/*.parquet')
union all select 'statements', count(*) from read_parquet('{{OUT}}/statements/*.parquet')
union all select 'actors', count(*) from read_parquet('{{OUT}}/actors/*.parquet')
union all select 'actor_statement_counts', count(*) from read_parquet('{{OUT}}/actor_statement_counts/*.parquet')
union all select 'actor_daily', count(*) from read_parquet('{{OUT}}/actor_daily/*.parquet')
union all select 'comentions', count(*) from read_parquet('{{OUT}}/comentions/*.parquet')
union all select 'rejects', count(*) from read_parquet('{{OUT}}/rejects/*.parquet')
union all select 'quotes', count(*) from read_parquet('{{OUT}}/quotes/*.parquet')
