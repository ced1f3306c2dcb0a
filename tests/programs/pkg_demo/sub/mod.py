from . import SUBVALUE
def get():
    return SUBVALUE * 100
