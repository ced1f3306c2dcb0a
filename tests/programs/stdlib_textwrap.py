import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 3 +
        "Supercalifragilisticexpialidocious is a long-word-with-hyphens indeed.")
for w in (10, 20, 35, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 40))
print(textwrap.shorten(text, 40, placeholder=' [more]'))
print(textwrap.shorten('  hello   world  ', 20))
print(repr(textwrap.shorten('abc', 3, placeholder='.')))
try:
    textwrap.shorten('hello world this', 5, placeholder=' [...........]')
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap('abc def', 4, max_lines=1, placeholder='.....')
except ValueError as e:
    print(type(e).__name__, e)
try:
    w = textwrap.TextWrapper(width=20, max_lines=2, placeholder='...')
    print(w.wrap('The quick brown fox jumps over the lazy dog. ' * 3))
except ValueError as e:
    print(type(e).__name__, e)

s = '''\
    def f():
        return 1
      # comment

    x = 2
'''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent('  a\n\tb\n')))
print(repr(textwrap.dedent('   \n  a\n    b\n')))
print(repr(textwrap.indent('a\nb\n\nc\n', '> ')))
print(repr(textwrap.indent('a\nb\n\nc\n', '+ ', lambda line: True)))
print(repr(textwrap.indent('a\n  \nc', '# ', lambda l: l.strip() != 'c')))

w = textwrap.TextWrapper(width=25, break_long_words=False, break_on_hyphens=False)
print(w.wrap('a-very-long-hyphenated-compound-word and more words here'))
w = textwrap.TextWrapper(width=12, expand_tabs=True, tabsize=4)
print(w.wrap('a\tb\tc\td e f g h i j'))
w = textwrap.TextWrapper(width=15, replace_whitespace=False)
print(w.wrap('line one\nline two\tand three'))
w = textwrap.TextWrapper(width=20, drop_whitespace=False)
print(w.wrap('  leading and   trailing   spaces  '))
w = textwrap.TextWrapper(width=30, fix_sentence_endings=True)
print(w.fill('This is one. This is two! Yes? Mr. Smith went.  Ok.'))
w = textwrap.TextWrapper(width=8)
print(w.wrap('abcdefghijklmnopqrstuvwxyz'))
print(w.wrap(''))
print(w.width, w.initial_indent, w.break_long_words, w.tabsize)
w.width = 40
print(w.fill('changed width after construction works as expected here ok'))
print(textwrap.wrap('hello-world-foo-bar', 8))
print(textwrap.wrap('x ' * 10, 5))
print(textwrap.wrap('über straße naïve café résumé', 10))
