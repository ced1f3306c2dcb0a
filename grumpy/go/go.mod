module grumpy

go 1.24
