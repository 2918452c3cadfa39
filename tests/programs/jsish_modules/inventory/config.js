// config module: a plain object shared by every module that requires it
console.log('config: evaluating');
module.exports = {
  currency: 'USD',
  lowStock: 2
};
