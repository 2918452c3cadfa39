console.log(1);
throw "plain string";
