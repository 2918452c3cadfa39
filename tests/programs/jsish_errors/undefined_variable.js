console.log(nope);
