var o = {};
o.foo();
