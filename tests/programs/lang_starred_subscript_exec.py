class G:
    def __getitem__(self, k):
        return k
g = G()
for src in ["g[*[1, 2]]", "g[1, *[2]]", "g[*[]]", "(*[1],)"]:
    try:
        print(eval(src))
    except Exception as e:
        print(type(e).__name__, e)
