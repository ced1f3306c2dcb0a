# list()/extend of list subclasses that override __iter__; list == when
# __eq__ empties an operand (sizes decide, as CPython); str/bytes hashes.
class LyingList(list):
    def __iter__(self):
        yield 1


class Plain(list):
    pass


print(list(LyingList([2])), list(Plain([3, 4])), tuple(LyingList([5])))
x = [0]
x.extend(LyingList([9, 9]))
x.extend(Plain([7]))
x += LyingList([8])
print(x)
p = Plain([1, 2])
p.extend(p)
print(p, type(p).__name__)
print(sorted(LyingList([3, 2])), [*LyingList([6])])


class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != [1])
list3 = [Z(), 5]
print(list3 < [1, 2], list3)

print(hash("spam") == hash(b"spam"), hash("") == hash(b"") == 0)
print(hash("abc") == hash("ab" + "c"), hash("\xe9t\xe9") == hash("été"))
