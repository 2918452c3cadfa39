def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append('\\u%04x' % ord(ch) if ord(ch) <= 0xFFFF else ch)
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'

def dumps(obj, indent=2, level=0, sort_keys=False):
    pad = ' ' * (indent * (level + 1))
    end = ' ' * (indent * level)
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            return 'NaN'
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        items = [pad + dumps(v, indent, level + 1, sort_keys) for v in obj]
        return '[\n' + ',\n'.join(items) + '\n' + end + ']'
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        keys = sorted(obj) if sort_keys else list(obj)
        items = [f"{pad}{escape(str(k))}: {dumps(obj[k], indent, level + 1, sort_keys)}" for k in keys]
        return '{\n' + ',\n'.join(items) + '\n' + end + '}'
    return escape(repr(obj))

def parse(text):
    i = 0
    def ws():
        nonlocal i
        while i < len(text) and text[i] in ' \n\t\r':
            i += 1
    def value():
        nonlocal i
        ws()
        ch = text[i]
        if ch == '{':
            i += 1
            d = {}
            ws()
            if text[i] == '}':
                i += 1
                return d
            while True:
                ws()
                k = value()
                ws()
                i += 1
                d[k] = value()
                ws()
                if text[i] == ',':
                    i += 1
                    continue
                i += 1
                return d
        if ch == '[':
            i += 1
            lst = []
            ws()
            if text[i] == ']':
                i += 1
                return lst
            while True:
                lst.append(value())
                ws()
                if text[i] == ',':
                    i += 1
                else:
                    i += 1
                    return lst
        if ch == '"':
            j = i + 1
            buf = ''
            while text[j] != '"':
                if text[j] == '\\':
                    nxt = text[j + 1]
                    if nxt == 'u':
                        buf += chr(int(text[j + 2:j + 6], 16))
                        j += 6
                        continue
                    buf += {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}[nxt]
                    j += 2
                else:
                    buf += text[j]
                    j += 1
            i = j + 1
            return buf
        for word, val in (('true', True), ('false', False), ('null', None)):
            if text.startswith(word, i):
                i += len(word)
                return val
        j = i
        while j < len(text) and text[j] in '+-0123456789.eE':
            j += 1
        num = text[i:j]
        i = j
        return float(num) if any(c in num for c in '.eE') else int(num)
    return value()

data = {"name": "Widget \"Pro\"", "tags": ["a", "b\tc", "ü€"], "price": 12.5, "stock": 0,
        "dims": {"w": 1.0, "h": 2.25, "d": None}, "active": True, "history": [[1, 2], [], {}, [{"x": -1e-7}]],
        "big": 2 ** 70, "path": "C:\\temp\nnew"}
s = dumps(data)
print(s)
back = parse(s)
print(back == data, back["tags"], back["big"], back["dims"])
print(dumps(data, indent=0, sort_keys=True).replace('\n', ''))
print(dumps([1, [2, [3, [4, []]]]], indent=1))
print(parse(' { "k" : [ 1 , 2.5 , -3e2 , true , false , null , "s" ] , "e" : { } } '))
