"""String building: concatenation, join, formatting, slicing, methods."""


def main():
    checksum = 0
    for rep in range(300):
        s = ""
        for i in range(2000):
            s += str(i % 10)
        parts = []
        for i in range(3000):
            parts.append("item-%d:%s" % (i, "x" * (i % 5)))
        joined = ",".join(parts)
        fs = [f"{i:04d}|{i * 2:x}" for i in range(2000)]
        up = joined.upper()
        checksum += len(s) + len(joined) + len(up.split(",")) + len("".join(fs))
        checksum += joined.count("item") + s[100:200].count("5") + up.find("ITEM-2999")
        checksum += sum(len(p.strip("x")) for p in parts[::7])
        checksum += len(joined.replace("item", "it"))
    print("checksum", checksum)


main()
