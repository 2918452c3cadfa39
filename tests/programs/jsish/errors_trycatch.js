// errors_trycatch: throw/try/catch with Error, TypeError, RangeError objects, name/message, thrown non-errors, catch without binding
try {
  throw new Error('plain failure');
} catch (e) {
  console.log(e.name, e.message, e instanceof Error, typeof e, String(e));
}
const errs = [new Error('e1'), new TypeError('t1'), new RangeError('r1'), new ReferenceError('f1')];
for (const e of errs) {
  console.log(e.name, e.message, e instanceof Error, e instanceof TypeError, e instanceof RangeError, '' + e);
}
const noMsg = new Error();
console.log(noMsg.message === '', noMsg.name, String(noMsg), String(new TypeError()));
console.log(Error('no new').message, TypeError('no new either').name);
try {
  throw 'a string';
} catch (e) {
  console.log('caught string:', e, typeof e);
}
try {
  throw 42;
} catch (e) {
  console.log('caught number:', e + 1);
}
try {
  throw { code: 7, info: 'object thrown' };
} catch (e) {
  console.log('caught object:', e.code, e.info, e);
}
try {
  throw null;
} catch (e) {
  console.log('caught null:', e);
}
try {
  null.property;
} catch {
  console.log('catch without binding');
}
function validate(age) {
  if (typeof age !== 'number') {
    throw new TypeError('age must be a number, got ' + typeof age);
  }
  if (age < 0 || age > 150) {
    throw new RangeError('age out of range: ' + age);
  }
  return 'ok ' + age;
}
for (const a of [30, -1, 'x', 200, 0]) {
  try {
    console.log(validate(a));
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
const e = new Error('mutable');
e.message = 'changed';
e.name = 'CustomName';
console.log(String(e), e.message);
