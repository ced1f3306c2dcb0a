import io, zipfile

# Reading a zip decodes member names without the UTF-8 flag as cp437
# (zipfile's `metadata_encoding or 'cp437'`): the codec must be built in.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("plain.txt", b"hello")
    z.writestr("dir/caf\u00e9.txt", "unicode name".encode())
    info = zipfile.ZipInfo("raw\u00e9.bin")
    z.writestr(info, b"\x00\x01")
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    print(z.namelist())
    print(z.read("plain.txt"), z.read("dir/caf\u00e9.txt"))
    for i in z.infolist():
        print(i.filename, i.file_size, i.flag_bits & 0x800)

