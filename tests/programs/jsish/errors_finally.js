// errors_finally: finally ordering, finally overriding return/throw, rethrow, wrapping, nested try, finally with break/continue
function finallyOrder() {
  const log = [];
  try {
    log.push('try');
    throw new Error('x');
  } catch (e) {
    log.push('catch ' + e.message);
  } finally {
    log.push('finally');
  }
  log.push('after');
  return log;
}
console.log(finallyOrder());
function finallyOverrides() {
  try {
    return 'from try';
  } finally {
    return 'from finally';
  }
}
function finallyOverridesThrow() {
  try {
    throw new Error('lost');
  } finally {
    return 'finally wins over throw';
  }
}
function finallyRunsOnReturn(log) {
  try {
    log.push('in try');
    return 'returned';
  } finally {
    log.push('in finally');
  }
}
const fl = [];
console.log(finallyOverrides(), finallyOverridesThrow(), finallyRunsOnReturn(fl), fl);
function returnValueFixed() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
console.log(returnValueFixed());
function rethrow() {
  try {
    throw new RangeError('inner');
  } catch (e) {
    if (e instanceof TypeError) {
      return 'handled type error';
    }
    throw e;
  }
}
try {
  rethrow();
} catch (e) {
  console.log('rethrown:', e.name, e.message);
}
function wrap() {
  try {
    throw new Error('low level');
  } catch (e) {
    const w = new Error('wrapped: ' + e.message);
    w.cause2 = e;
    throw w;
  }
}
try {
  wrap();
} catch (e) {
  console.log(e.message, e.cause2.message);
}
function nested() {
  const log = [];
  try {
    try {
      throw new Error('deep');
    } finally {
      log.push('inner finally');
    }
  } catch (e) {
    log.push('outer catch ' + e.message);
  } finally {
    log.push('outer finally');
  }
  return log;
}
console.log(nested());
const loopLog = [];
for (let i = 0; i < 4; i++) {
  try {
    if (i === 1) {
      continue;
    }
    if (i === 3) {
      break;
    }
    loopLog.push('body' + i);
  } finally {
    loopLog.push('fin' + i);
  }
}
console.log(loopLog);
let caught = 'not set';
try {
  caught = 'in try';
} catch (err) {
  caught = 'in catch';
}
console.log(caught);
