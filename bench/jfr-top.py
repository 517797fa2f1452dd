#!/usr/bin/env python3
"""Summarise a JFR recording's execution samples: self time by method, and inclusive time by
the first project (org.actorgraph) frame and by the OpenNLP entry point.
usage: jfr print --events jdk.ExecutionSample --stack-depth 96 rec.jfr | bench/jfr-top.py [N]"""
import re, sys, collections
n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
selfc, proj, incl, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
stack = None
def flush(st):
    global total
    if not st: return
    total += 1
    selfc[st[0]] += 1
    p = next((f for f in st if f.startswith('org.actorgraph')), '(no project frame)')
    proj[p] += 1
    for f in set(st): incl[f] += 1
for line in sys.stdin:
    line = line.strip()
    if line.startswith('stackTrace = ['):
        stack = []
    elif stack is not None:
        if line.startswith(']') or line.startswith('...'):
            flush(stack); stack = None
        else:
            stack.append(re.sub(r'\s+line:.*', '', line))
print(f'{total} samples')
print('\n-- self (top frame)')
for f, c in selfc.most_common(n): print(f'{100*c/total:5.1f}%  {f}')
print('\n-- innermost project frame')
for f, c in proj.most_common(n): print(f'{100*c/total:5.1f}%  {f}')
print('\n-- inclusive')
for f, c in incl.most_common(n): print(f'{100*c/total:5.1f}%  {f}')
