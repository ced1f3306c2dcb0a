"""Dict and list churn: inserts, lookups, deletes, appends, pops, sorting."""


def main():
    d = {}
    keys = ["k%d" % i for i in range(1000)]
    checksum = 0
    for rep in range(600):
        for i, k in enumerate(keys):
            d[k] = i * rep
        for k in keys[::3]:
            checksum += d[k]
        for k in keys[::2]:
            del d[k]
        checksum += len(d)
        ints = {}
        for i in range(2000):
            ints[i * 7 % 2003] = i
        checksum += sum(ints.values()) % 1000
        lst = []
        for i in range(3000):
            lst.append((i * 37) % 1009)
        while len(lst) > 1500:
            checksum += lst.pop()
        lst.sort()
        checksum += lst[0] + lst[-1] + lst[len(lst) // 2]
        checksum += sum(x for x in lst if x % 2)
        d.clear()
    print("checksum", checksum)


main()
