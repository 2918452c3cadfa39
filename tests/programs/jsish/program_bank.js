// program_bank: small bank simulation mixing classes, inheritance, Map, errors, closures, formatting
class InsufficientFunds extends Error {
  constructor(account, amount) {
    super(`account ${account.id} cannot withdraw ${amount.toFixed(2)} (balance ${account.balance.toFixed(2)})`);
    this.name = 'InsufficientFunds';
    this.amount = amount;
  }
}
let nextId = 100;
class Account {
  constructor(owner, balance = 0) {
    this.id = nextId++;
    this.owner = owner;
    this.balance = balance;
    this.log = [];
  }
  deposit(amount) {
    if (amount <= 0) {
      throw new RangeError('deposit must be positive');
    }
    this.balance += amount;
    this.log.push(['dep', amount]);
    return this.balance;
  }
  withdraw(amount) {
    if (amount > this.balance) {
      throw new InsufficientFunds(this, amount);
    }
    this.balance -= amount;
    this.log.push(['wd', amount]);
    return this.balance;
  }
  monthEnd() {}
  get kind() {
    return 'basic';
  }
}
class Savings extends Account {
  constructor(owner, balance, rate) {
    super(owner, balance);
    this.rate = rate;
  }
  monthEnd() {
    const interest = Math.round(this.balance * this.rate / 12 * 100) / 100;
    this.deposit(interest);
    return interest;
  }
  get kind() {
    return 'savings@' + this.rate * 100 + '%';
  }
}
class Checking extends Account {
  constructor(owner, balance, fee) {
    super(owner, balance);
    this.fee = fee;
  }
  withdraw(amount) {
    return super.withdraw(amount + this.fee);
  }
  get kind() {
    return 'checking';
  }
}
const bank = new Map();
function open(acct) {
  bank.set(acct.id, acct);
  return acct.id;
}
const ids = [open(new Savings('ann', 1000, 0.05)), open(new Checking('bob', 250, 1.5)), open(new Account('cy'))];
console.log(ids, bank.size);
const ops = [
  [100, 'withdraw', 200],
  [101, 'withdraw', 100],
  [102, 'deposit', 50],
  [101, 'withdraw', 500],
  [102, 'deposit', -5],
  [103, 'deposit', 10],
  [100, 'deposit', 0.1],
  [100, 'deposit', 0.2]
];
for (const [id, op, amount] of ops) {
  const acct = bank.get(id);
  try {
    if (!acct) {
      throw new Error('no such account ' + id);
    }
    const bal = acct[op](amount);
    console.log(`${id} ${op} ${amount} -> ${bal}`);
  } catch (e) {
    console.log(`${id} ${op} ${amount} failed: ${e.name}: ${e.message}`);
  }
}
for (let month = 1; month <= 3; month++) {
  for (const acct of bank.values()) {
    const r = acct.monthEnd();
    if (r !== undefined) {
      console.log('month', month, acct.owner, 'interest', r);
    }
  }
}
for (const [id, acct] of bank) {
  console.log(id, acct.owner.padStart(4), acct.kind, acct.balance.toFixed(2), acct.log.length);
}
console.log(bank.get(101));
const totals = [...bank.values()].reduce((acc, a) => {
  acc[a.kind] = (acc[a.kind] || 0) + a.balance;
  return acc;
}, {});
console.log(totals);
const richest = [...bank.values()].sort((a, b) => b.balance - a.balance)[0];
console.log('richest:', richest.owner, richest instanceof Savings, richest instanceof Account);
console.log(JSON.stringify([...bank.values()].map((a) => ({ id: a.id, owner: a.owner, balance: a.balance }))));
