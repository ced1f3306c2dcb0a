from .. import VALUE
from ..helpers import helper as h2
SUBVALUE = VALUE + 1
