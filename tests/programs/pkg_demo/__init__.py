print("pkg_demo init")
VALUE = 1
from .helpers import helper
