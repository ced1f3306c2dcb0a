from .circ_a import A  # circ_a is only partly initialised here
