from helper import Account

def payments(acct, amounts):
    for a in amounts:
        yield acct.withdraw(a)

def main():
    acct = Account(100)
    total = 0
    for paid in payments(acct, [30, 50, 40]):
        total += paid
        print("paid", paid)
    return total

main()
