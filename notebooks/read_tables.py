"""Reading a run's tables from Python: the README's examples, run by `make test-notebook`.

    python notebooks/read_tables.py [OUTPUT_DIR]      (default: $ACTORGRAPH_OUT, else out)
"""
import os
import sys
from pathlib import Path

import duckdb
import pandas as pd

out = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ACTORGRAPH_OUT", "out"))
if not (out / "_SUCCESS").exists():
    sys.exit(f"{out}: no _SUCCESS, not a finished run")

# DuckDB: SQL straight on the Parquet folders
top = duckdb.sql(f"""
    SELECT name, type, n_statements, n_direct, n_documents
    FROM '{out}/actor_statement_counts/*.parquet'
    ORDER BY n_statements DESC, n_documents DESC, actor_id LIMIT 5""").df()
print(top.to_string(index=False))

# what did the top speaker say, where and when: one table, no join
said = duckdb.sql(f"""
    SELECT date, speaker_name, speaker_type, kind, text, title, source, context
    FROM '{out}/statements/*.parquet'
    WHERE actor_id = (SELECT actor_id FROM '{out}/actor_statement_counts/*.parquet'
                      ORDER BY n_statements DESC, n_documents DESC, actor_id LIMIT 1)
    ORDER BY date""").df()
print(said[["date", "kind", "text"]].head().to_string(index=False))

# pandas alone (pyarrow reads every part file of a table folder); with the pyarrow dtypes,
# dates stay dates and nullable integers stay integers
statements = pd.read_parquet(out / "statements", dtype_backend="pyarrow")
daily = pd.read_parquet(out / "actor_daily", dtype_backend="pyarrow")
print(statements.dtypes[["date", "speaker_begin", "confidence"]].to_string())
per_month = (daily.dropna(subset=["date"])
             .assign(month=lambda d: pd.to_datetime(d["date"]).dt.to_period("M"))
             .groupby(["name", "month"])["n_statements"].sum())
print(per_month.sort_values(ascending=False).head().to_string())

# the checks a reader may rely on
assert len(top) > 0 and len(said) > 0
assert str(statements["date"].dtype) == "date32[day][pyarrow]", statements["date"].dtype
assert str(statements["speaker_begin"].dtype) == "int32[pyarrow]", statements["speaker_begin"].dtype
assert daily["n_statements"].sum() == statements["actor_id"].notna().sum()
