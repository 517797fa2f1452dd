# Copies the chosen Wikinews articles (../shared/data/wikinews, CC BY 2.5) into this folder as
# .txt with a date header: whitespace normalised, the leading weekday dateline dropped.
# Usage: python3 testdata/actors-gold-wikinews/extract.py DATA_DIR
import csv, re, sys
CHOSEN = {
    2019: [29, 33, 56, 60, 68, 69, 88, 89, 96, 101, 102, 114, 115, 118, 137, 143, 144, 162, 166],
    2020: [7, 8, 11, 24, 26, 61, 65, 72, 76, 77, 79, 84, 90, 120],
}
out = ['| file | source |', '|---|---|']
for year, rows in CHOSEN.items():
    data = list(csv.DictReader(open(f'{sys.argv[1]}/wikinews_{year}.csv', encoding='utf-8')))
    for i in rows:
        a = data[i]
        text = a['text'].replace('\xa0', ' ')
        paras = [re.sub(r'[ \t]+', ' ', p).strip() for p in re.split(r'\n\s*\n', text)]
        paras = [p for p in paras if p]
        if re.match(r'^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ', paras[0]):
            paras = paras[1:]
        slug = re.sub(r'[^a-z0-9]+', '-', a['title'].lower()).strip('-')[:50].strip('-')
        name = f'wikinews-{slug}.txt'
        open(f'testdata/actors-gold-wikinews/{name}', 'w', encoding='utf-8').write(
            f"date {a['date'][:10]}\n" + '\n\n'.join(paras) + '\n')
        out.append(f"| {name} | [{a['title']}]({a['url']}) |")
print('\n'.join(out))
