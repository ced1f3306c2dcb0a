"""Integer arithmetic in while and for loops (no calls in the loop body)."""


def while_loop(n):
    i = 0
    acc = 0
    while i < n:
        acc = (acc + i * 7) % 1000003
        if i & 1:
            acc ^= i
        i += 1
    return acc


def for_loop(n):
    acc = 0
    for i in range(n):
        acc += (i * i) % 13 - 6
        acc = acc * 3 // 2 % 99991
    return acc


def main():
    checksum = 0
    for rep in range(3):
        checksum += while_loop(1_000_000 + rep)
        checksum += for_loop(1_000_000 + rep)
    print("checksum", checksum)


main()
