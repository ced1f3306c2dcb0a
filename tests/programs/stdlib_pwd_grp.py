# pwd and grp: the password and group databases (pathlib.Path.owner/group use them).
import pwd,grp, os
print(pwd.getpwuid(0)); print(type(pwd.getpwuid(0)).__module__, pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields)
for f in [lambda: pwd.getpwuid(987654), lambda: pwd.getpwnam('nouserx'), lambda: pwd.getpwuid(-5), lambda: pwd.getpwuid('a'), lambda: pwd.getpwnam(1),lambda: grp.getgrgid(987654), lambda: grp.getgrnam('nog'), lambda: grp.getgrgid('x'), lambda: pwd.getpwnam('a\x00b')]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
print(grp.getgrgid(0), len(pwd.getpwall())>0, type(grp.getgrall()))
print(pwd.getpwnam('root').pw_dir, grp.getgrnam('root').gr_gid, pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
print(sorted(x for x in dir(pwd) if not x.startswith('_')), sorted(x for x in dir(grp) if not x.startswith('_')))
