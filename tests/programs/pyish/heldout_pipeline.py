LOG = """2024-01-03 10:15:02 INFO  server started port=8080
2024-01-03 10:15:07 WARN  slow request path=/api/users ms=812
2024-01-03 10:16:11 ERROR db timeout table=orders ms=5000
2024-01-03 10:16:12 INFO  request path=/api/orders ms=95
2024-01-03 10:17:45 INFO  request path=/api/users ms=120
2024-01-03 10:18:00 ERROR db timeout table=users ms=5000
2024-01-03 10:18:30 WARN  slow request path=/api/orders ms=999
2024-01-03 10:19:59 INFO  request path=/ ms=3
# comment line
2024-01-03 10:20:00 DEBUG cache hit ratio=0.93"""

def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line

def skip_comments(lines):
    for lineno, line in lines:
        if line.strip() and not line.lstrip().startswith('#'):
            yield lineno, line

def parse(lines):
    for lineno, line in lines:
        date, time_, level, rest = line.split(None, 3)
        fields = {}
        words = []
        for tok in rest.split():
            if '=' in tok:
                k, _, v = tok.partition('=')
                fields[k] = int(v) if v.isdigit() else (float(v) if v.replace('.', '', 1).isdigit() else v)
            else:
                words.append(tok)
        yield {'line': lineno, 'time': time_, 'level': level, 'msg': ' '.join(words), **fields}

def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r

def pluck(records, *keys):
    for r in records:
        yield tuple(r.get(k) for k in keys)

def tee_count(it, counter):
    for x in it:
        counter[0] += 1
        yield x

records = list(parse(skip_comments(read_lines(LOG))))
print(len(records), records[0])
print(list(pluck(where(records, level='ERROR'), 'line', 'table', 'ms')))
print(list(pluck(where(records, level='INFO', msg='request'), 'path', 'ms')))
by_level = {}
for r in records:
    by_level.setdefault(r['level'], []).append(r['line'])
print(by_level)
seen = [0]
slow = [r['path'] for r in tee_count(records, seen) if r.get('ms', 0) > 500 and 'path' in r]
print(slow, seen)
ms_values = (r['ms'] for r in records if 'ms' in r)
squares = (m * m for m in ms_values)
print(sum(squares))
avg = lambda xs: sum(xs) / len(xs) if xs else 0.0
paths = {}
for r in records:
    if 'path' in r:
        paths.setdefault(r['path'], []).append(r['ms'])
for p, ms in sorted(paths.items(), key=lambda kv: -avg(kv[1])):
    print(f"{p:<14}{len(ms):>3}{avg(ms):>9.1f}{max(ms):>6}")
def minutes(records):
    prev = None
    for r in records:
        hh, mm, ss = map(int, r['time'].split(':'))
        cur = hh * 60 + mm
        if prev is not None and cur != prev:
            yield f"gap {cur - prev}m before line {r['line']}"
        prev = cur
print(list(minutes(records)))
it = iter(records)
first_two = [next(it)['level'] for _ in range(2)]
rest_levels = [r['level'] for r in it]
print(first_two, rest_levels)
print(any(r['level'] == 'DEBUG' for r in records), all('time' in r for r in records), max(records, key=lambda r: r.get('ms', -1))['line'])
zipped = list(zip(records, records[1:]))
print([(a['line'], b['line']) for a, b in zipped if a['level'] == b['level']])
