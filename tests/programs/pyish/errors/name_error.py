# NameError for a name that is never defined.
def lookup():
    return undefined_thing + 1

print("start")
value = lookup()
print("never printed", value)
