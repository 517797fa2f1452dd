#!/usr/bin/env python3
"""Split a JFR recording's execution samples into cost categories (first matching rule wins,
checked from the innermost frame outwards per rule order below).
usage: jfr print --events jdk.ExecutionSample --stack-depth 160 rec.jfr | bench/jfr-categories.py"""
import re, sys, collections
RULES = [
    ('NLP: ArticleAnalyzer.analyze (the limit\'s work)', 'ArticleAnalyzer.analyze'),
    ('model loading / analyzer setup', 'ArticleAnalyzer.<init>|TextAnnotator.<init>|Models.load|NameFinderModels'),
    ('DirectRunner GBK state copies (CopyOnAccess bag clone)', 'InMemoryBag.copy|CopyOnAccessInMemoryStateInternals'),
    ('DirectRunner per-bundle DoFn proto round trip', 'ParDoEvaluatorFactory.forApplication|ParDoTranslation'),
    ('Parquet writing', 'WriteFiles|ParquetIO|parquet'),
    ('row building (Rows.*)', 'analysis.Rows'),
    ('aggregation DoFns/CombineFns', 'org.actorgraph.aggregate'),
    ('coders (encode/decode elsewhere)', r'Coder\.(encode|decode)|CoderUtils'),
    ('reading/parsing input', 'ReadArticles|ArticleParser|FileIO'),
    ('Flink runtime', 'org.apache.flink'),
    ('other Beam runtime', 'org.apache.beam'),
    ('JIT/GC/JVM/other', ''),
]
stacks, cur = [], None
for line in sys.stdin:
    s = line.strip()
    if s.startswith('stackTrace = ['):
        cur = []
    elif cur is not None:
        if s.startswith(']'):
            stacks.append(cur); cur = None
        elif not s.startswith('...'):
            cur.append(re.sub(r'\s+line:.*', '', s))
c = collections.Counter()
for st in stacks:
    joined = '\n'.join(st)
    for name, pat in RULES:
        if not pat or re.search(pat, joined):
            c[name] += 1; break
t = len(stacks) or 1
print(f'{len(stacks)} samples')
for name, _ in RULES:
    print(f'{100*c[name]/t:5.1f}%  {name}')
