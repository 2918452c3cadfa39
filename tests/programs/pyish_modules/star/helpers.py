def shout(s):
    return s.upper() + "!"
_private = 1
