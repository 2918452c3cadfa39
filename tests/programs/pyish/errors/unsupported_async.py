# async functions are not part of the pyish subset (line 4).
x = 1

async def fetch(n):
    return n

print(x)
