// binarytrees: build, check and throw away lots of perfect binary trees.
//
// Every tree node is a TreeNode object holding a left and a right child;
// in a leaf both children are null.  First a "stretch" tree one level
// deeper than the maximum is built and checked, then a long-lived tree of
// the maximum depth is built and kept while, for every second depth from 4
// up to the maximum, many short-lived trees are built and checked (the
// check is the number of nodes).  Finally the long-lived tree is checked.
//
// Size argument: the maximum tree depth (anything below 6 counts as 6).

function TreeNode(left, right) {
    this.left = left;
    this.right = right;
}

function makeTree(depth) {
    if (depth === 0) {
        return new TreeNode(null, null);
    }
    depth -= 1;
    return new TreeNode(makeTree(depth), makeTree(depth));
}

function checkTree(node) {
    if (node.left === null) {
        return 1;
    }
    return 1 + checkTree(node.left) + checkTree(node.right);
}

function run(maxDepth, minDepth) {
    var total = 0;
    var depth, iterations, check, i;
    for (depth = minDepth; depth <= maxDepth; depth += 2) {
        iterations = 1 << (maxDepth - depth + minDepth);
        check = 0;
        for (i = 0; i < iterations; i++) {
            check += checkTree(makeTree(depth));
        }
        console.log(iterations + "\t trees of depth " + depth +
                    "\t check: " + check);
        total += check;
    }
    return total;
}

function main(n) {
    var minDepth = 4;
    var maxDepth = Math.max(minDepth + 2, n);
    var stretchDepth = maxDepth + 1;
    console.log("stretch tree of depth " + stretchDepth + "\t check: " +
                checkTree(makeTree(stretchDepth)));
    var longLived = makeTree(maxDepth);
    run(maxDepth, minDepth);
    console.log("long lived tree of depth " + maxDepth + "\t check: " +
                checkTree(longLived));
}

main(process.argv.length > 2 ? parseInt(process.argv[2], 10) : 11);
