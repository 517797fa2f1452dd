#!/usr/bin/env python3
"""Merges the US Congress and the presidents and vice presidents into the default actor registry.

Source: the unitedstates/congress-legislators data (CC0): legislators-current.yaml, executive.yaml.
Each person becomes a PERSON row with the Wikidata id and gender; a person the registry already
holds (same Wikidata id, or a full name that is the row's name or alias) keeps its hand-written
id, name and role and gains the id, the gender and missing full-name aliases. Lone surnames are
never aliases: the job links a lone surname to a registry person only in context (DocumentActors).
Running it again gives the same file.

Usage: python3 make/merge_registry.py SOURCE_DIR REGISTRY_TSV   (needs PyYAML)
"""
import csv, re, sys, unicodedata
import yaml

STATES = dict(AL='Alabama', AK='Alaska', AZ='Arizona', AR='Arkansas', CA='California', CO='Colorado',
    CT='Connecticut', DE='Delaware', FL='Florida', GA='Georgia', HI='Hawaii', ID='Idaho', IL='Illinois',
    IN='Indiana', IA='Iowa', KS='Kansas', KY='Kentucky', LA='Louisiana', ME='Maine', MD='Maryland',
    MA='Massachusetts', MI='Michigan', MN='Minnesota', MS='Mississippi', MO='Missouri', MT='Montana',
    NE='Nebraska', NV='Nevada', NH='New Hampshire', NJ='New Jersey', NM='New Mexico', NY='New York',
    NC='North Carolina', ND='North Dakota', OH='Ohio', OK='Oklahoma', OR='Oregon', PA='Pennsylvania',
    RI='Rhode Island', SC='South Carolina', SD='South Dakota', TN='Tennessee', TX='Texas', UT='Utah',
    VT='Vermont', VA='Virginia', WA='Washington', WV='West Virginia', WI='Wisconsin', WY='Wyoming',
    DC='the District of Columbia', PR='Puerto Rico', GU='Guam', VI='the U.S. Virgin Islands',
    AS='American Samoa', MP='the Northern Mariana Islands')
COLUMNS = ['id', 'name', 'type', 'aliases', 'country', 'role', 'wikidata_id', 'gender']
CURRENT = '2025-06-01'  # the registry's facts are as of 2025 (README)


def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub(r"['’.‘]", '', s.lower())
    return ' '.join(re.findall(r'[a-z0-9]+', s))


def slug(s):
    return fold(s).replace(' ', '-')


def forms(p):
    """Full-name forms of a person, news spelling first; never a lone surname."""
    n = p['name']
    first, last = n['first'], n['last']
    out = []
    wiki = p['id'].get('wikipedia')
    if wiki:
        out.append(re.sub(r'\s*\(.*\)$', '', wiki))
    if n.get('nickname'):
        out.append(f"{n['nickname']} {last}")
    out.append(f'{first} {last}')
    if n.get('middle'):
        out.append(f"{first} {n['middle']} {last}")
    if n.get('official_full') and '"' not in n['official_full']:
        out.append(n['official_full'])
    if n.get('suffix'):
        out.append(f"{out[0]} {n['suffix']}")
    for o in p.get('other_names', []):
        if o.get('first') and o.get('last'):
            out.append(f"{o['first']} {o['last']}")
    seen, uniq = set(), []
    for f in out:
        if fold(f) not in seen and len(fold(f).split()) >= 2:
            seen.add(fold(f))
            uniq.append(f)
    return uniq


def role(p):
    t = p['terms'][-1]
    current = t['end'] >= CURRENT
    former = '' if current else 'former '
    party = f" ({t['party']})" if t.get('party') and t['party'] != 'no party' else ''
    if t['type'] == 'prez':
        return f'{former}President of the United States{party}'
    if t['type'] == 'viceprez':
        return f'{former}Vice President of the United States{party}'
    office = 'United States Senator' if t['type'] == 'sen' else 'United States Representative'
    return f"{former}{office} from {STATES.get(t['state'], t['state'])}{party}"


def main(src, registry):
    with open(registry, encoding='utf-8') as f:
        rows = list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    for r in rows:
        for c in COLUMNS:
            r[c] = r.get(c) or ''
    by_wikidata = {r['wikidata_id']: r for r in rows if r['wikidata_id']}
    by_form = {}
    for r in rows:
        if r['type'] == 'PERSON':
            for f in [r['name']] + [a for a in r['aliases'].split('|') if a]:
                if len(fold(f).split()) >= 2:
                    by_form.setdefault(fold(f), r)
    people = yaml.safe_load(open(f'{src}/executive.yaml', encoding='utf-8'))
    bioguides = {p['id']['bioguide'] for p in people if 'bioguide' in p['id']}
    # a legislator who became (vice) president is listed in both: the executive row wins
    people += [p for p in yaml.safe_load(open(f'{src}/legislators-current.yaml', encoding='utf-8'))
               if p['id'].get('bioguide') not in bioguides]
    ids = {r['id'] for r in rows}
    added = merged = 0
    for p in people:
        fs = forms(p)
        wd = p['id'].get('wikidata', '')
        row = by_wikidata.get(wd) if wd else None
        row = row or next((by_form[fold(f)] for f in fs if fold(f) in by_form), None)
        if row is None:
            rid = slug(fs[0])
            if rid in ids:
                rid += '-us'
            row = dict(id=rid, name=fs[0], type='PERSON', aliases='', country='USA', role=role(p),
                       wikidata_id='', gender='')
            rows.append(row)
            ids.add(rid)
            added += 1
        else:
            merged += 1
        aliases = [a for a in row['aliases'].split('|') if a]
        known = {fold(row['name'])} | {fold(a) for a in aliases}
        aliases += [f for f in fs if fold(f) not in known]
        row['aliases'] = '|'.join(aliases)
        row['wikidata_id'] = wd or row['wikidata_id']
        row['gender'] = p.get('bio', {}).get('gender', '') or row['gender']
        for f in fs:
            by_form.setdefault(fold(f), row)
    rows.sort(key=lambda r: (r['type'], r['id']))
    with open(registry, 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, COLUMNS, delimiter='\t', lineterminator='\n', quoting=csv.QUOTE_NONE,
                           escapechar='\\')
        w.writeheader()
        w.writerows(rows)
    print(f'{registry}: {len(rows)} rows, {added} people added, {merged} merged into existing rows',
          file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
