console.log("a");
process.stdout.write("b\n");
process.exit(3);
console.log("never");
