-- Quote browser: every statement of one actor (ACTOR = an actor_id, or the actor's name as
-- written in statements.speaker_name), oldest first, with its date and source.
-- param ACTOR = donald-trump
select s.date, coalesce(d.source, regexp_extract(d.source_path, '[^/]+$')) as source,
       d.title, s.kind, s.speaker_surface, s.cue, s.text, s.confidence,
       s.doc_id, s.statement_id, d.url, s.actor_id, s.speaker_name
from read_parquet('{{OUT}}/statements/*.parquet') s
left join read_parquet('{{OUT}}/documents/*.parquet') d on d.doc_id = s.doc_id
where s.actor_id = '{{ACTOR}}' or s.speaker_name = '{{ACTOR}}'
order by s.date nulls last, s.doc_id, s.begin
