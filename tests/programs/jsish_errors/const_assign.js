const k = 1;
k = 2;
