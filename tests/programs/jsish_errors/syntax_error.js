var x = 1;
function f( {
