def helper(x):
    return x * 10
