class ValidationError extends Error {}
console.log("checking");
throw new ValidationError("bad input");
