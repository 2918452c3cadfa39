# binarytrees: allocate, walk and discard many perfect binary trees.
#
# A node is a tuple (left, right); a leaf is (None, None).  Trees of every
# second depth from 4 up to the maximum are built and checked (node count),
# plus one "stretch" tree and one long-lived tree.
#
# Size argument: the maximum tree depth (at least 6 is used).
import sys


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def run(max_depth, min_depth):
    total = 0
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")
        total += check
    return total


def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: "
          f"{check_tree(make_tree(stretch_depth))}")
    long_lived = make_tree(max_depth)
    run(max_depth, min_depth)
    print(f"long lived tree of depth {max_depth}\t check: "
          f"{check_tree(long_lived)}")


n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
main(n)
