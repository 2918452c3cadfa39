// errors_custom: custom error classes extending Error (and each other), name/message, instanceof, error hierarchies
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) {
    super(field, field + ' is required');
    this.name = 'RequiredError';
  }
}
class HttpError extends Error {
  constructor(status, text) {
    super(`HTTP ${status}: ${text}`);
    this.status = status;
  }
  get isClientError() {
    return this.status >= 400 && this.status < 500;
  }
}
class NotFound extends HttpError {
  constructor(path) {
    super(404, 'not found ' + path);
    this.name = 'NotFound';
    this.path = path;
  }
}
const v = new ValidationError('email', 'bad email');
console.log(v.name, v.message, v.field, String(v));
console.log(v instanceof ValidationError, v instanceof Error, v instanceof TypeError);
const r = new RequiredError('password');
console.log(r.name, r.message, r.field, r instanceof RequiredError, r instanceof ValidationError, r instanceof Error);
const h = new HttpError(500, 'boom');
console.log(h.name, h.message, h.status, h.isClientError, String(h));
const nf = new NotFound('/x');
console.log(nf.name, nf.message, nf.status, nf.path, nf.isClientError, nf instanceof HttpError);
function handle(err) {
  if (err instanceof RequiredError) {
    return 'missing ' + err.field;
  } else if (err instanceof ValidationError) {
    return 'invalid ' + err.field + ' (' + err.message + ')';
  } else if (err instanceof HttpError) {
    return 'http ' + err.status;
  } else if (err instanceof TypeError) {
    return 'type: ' + err.message;
  } else if (err instanceof Error) {
    return 'generic: ' + err.message;
  }
  return 'non-error: ' + err;
}
const throwers = [
  () => { throw new RequiredError('name'); },
  () => { throw new ValidationError('age', 'must be positive'); },
  () => { throw new NotFound('/home'); },
  () => { throw new TypeError('wrong type'); },
  () => { throw new Error('plain'); },
  () => { throw 'just a string'; },
  () => 'no throw'
];
for (const t of throwers) {
  try {
    console.log('returned', t());
  } catch (e) {
    console.log(handle(e));
  }
}
function validateUser(u) {
  const errors = [];
  if (!u.name) {
    errors.push(new RequiredError('name'));
  }
  if (u.age !== undefined && u.age < 0) {
    errors.push(new ValidationError('age', 'negative age ' + u.age));
  }
  if (errors.length) {
    const agg = new Error(errors.length + ' validation error(s)');
    agg.name = 'AggregateValidation';
    agg.errors = errors;
    throw agg;
  }
  return true;
}
for (const u of [{ name: 'ok', age: 3 }, { age: -2 }, { name: '', age: 5 }]) {
  try {
    console.log(validateUser(u));
  } catch (e) {
    console.log(e.name + ': ' + e.message, e.errors.map((x) => x.name + '/' + x.field).join(' '));
  }
}
class Retryable extends Error {
  constructor(attempt) {
    super('attempt ' + attempt + ' failed');
    this.name = 'Retryable';
    this.attempt = attempt;
  }
}
function flaky(attempt) {
  if (attempt < 3) throw new Retryable(attempt);
  return 'succeeded on attempt ' + attempt;
}
let result;
for (let attempt = 1; attempt <= 5; attempt++) {
  try {
    result = flaky(attempt);
    break;
  } catch (e) {
    if (!(e instanceof Retryable)) throw e;
    console.log('retry after:', e.message);
  }
}
console.log(result);
class Silent extends Error {}
const s = new Silent('quiet');
console.log(s.name, s.message, s instanceof Silent, String(s), Object.getPrototypeOf(s) === Silent.prototype);
console.log(Object.keys(v), Object.keys(nf));
