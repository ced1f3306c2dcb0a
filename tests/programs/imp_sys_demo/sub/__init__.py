from .. import VERSION as PARENT_VERSION
from .leaf import leaf_value
SUB = "sub"
