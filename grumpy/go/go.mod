module grumpy

go 1.23
