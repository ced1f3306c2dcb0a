# An uncaught NameError gets CPython's "Did you mean" suggestion.
counter_total = 0


def bump():
    global counter_total
    counter_total += 1
    return countr_total


print("start")
bump()
