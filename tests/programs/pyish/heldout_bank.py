def make_bank():
    accounts = {}
    ledger = []
    next_id = 1000
    def open_account(owner, initial=0):
        nonlocal next_id
        next_id += 1
        accounts[next_id] = {'owner': owner, 'balance': initial, 'history': [('open', initial)]}
        ledger.append(('open', next_id, initial))
        return next_id
    def deposit(acct, amount):
        if amount <= 0:
            return f"invalid amount {amount}"
        accounts[acct]['balance'] += amount
        accounts[acct]['history'].append(('dep', amount))
        ledger.append(('dep', acct, amount))
        return accounts[acct]['balance']
    def withdraw(acct, amount):
        a = accounts.get(acct)
        if a is None:
            return "no such account"
        if amount > a['balance']:
            a['history'].append(('denied', amount))
            return f"insufficient funds: {a['balance']} < {amount}"
        a['balance'] -= amount
        a['history'].append(('wd', amount))
        ledger.append(('wd', acct, amount))
        return a['balance']
    def transfer(src, dst, amount):
        r = withdraw(src, amount)
        if isinstance(r, str):
            return r
        deposit(dst, amount)
        return (accounts[src]['balance'], accounts[dst]['balance'])
    def apply_interest(rate):
        for acct, a in sorted(accounts.items()):
            interest = round(a['balance'] * rate, 2)
            if interest:
                a['balance'] = round(a['balance'] + interest, 2)
                a['history'].append(('int', interest))
    def statement(acct):
        a = accounts[acct]
        lines = [f"Account {acct} ({a['owner']})"]
        running = 0
        for kind, amt in a['history']:
            if kind in ('open', 'dep', 'int'):
                running += amt
            elif kind == 'wd':
                running -= amt
            lines.append(f"  {kind:<7}{amt:>10.2f}{running:>12.2f}")
        lines.append(f"  {'balance':<7}{a['balance']:>22.2f}")
        return "\n".join(lines)
    def richest(n=2):
        return sorted(((a['balance'], a['owner']) for a in accounts.values()), reverse=True)[:n]
    return {'open': open_account, 'deposit': deposit, 'withdraw': withdraw,
            'transfer': transfer, 'interest': apply_interest, 'statement': statement,
            'richest': richest, 'ledger': lambda: list(ledger)}

bank = make_bank()
alice = bank['open']('Alice', 100)
bob = bank['open']('Bob')
carol = bank['open']('Carol', 2500)
print(alice, bob, carol)
print(bank['deposit'](bob, 50), bank['deposit'](bob, -5), bank['withdraw'](alice, 30.5))
print(bank['transfer'](carol, alice, 1000), bank['transfer'](bob, carol, 500), bank['withdraw'](9999, 1))
bank['interest'](0.015)
for acct in (alice, bob, carol):
    print(bank['statement'](acct))
print(bank['richest'](), bank['richest'](5))
kinds = {}
for kind, acct, amt in bank['ledger']():
    kinds[kind] = kinds.get(kind, 0) + amt
print(kinds, len(bank['ledger']()))
print({k: f"{v:,.2f}" for k, v in sorted(kinds.items())})
