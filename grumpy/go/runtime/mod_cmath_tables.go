package runtime

// Special-value tables of the cmath functions, indexed [class of the real
// part][class of the imaginary part] (see cmClass); {} marks finite
// arguments, {c: true} entries computed by the function.

var cmTab_acos = [7][7]cmEntry{
	{{cmP34, cmInf, 0, false}, {cmP, cmInf, 0, false}, {cmP, cmInf, 0, false}, {cmP, -cmInf, 0, false}, {cmP, -cmInf, 0, false}, {cmP34, -cmInf, 0, false}, {cmU, cmInf, 0, false}},
	{{cmP2, cmInf, 0, false}, {}, {}, {}, {}, {cmP2, -cmInf, 0, false}, {cmU, cmU, 0, false}},
	{{cmP2, cmInf, 0, false}, {}, {}, {}, {}, {cmP2, -cmInf, 0, false}, {cmP2, cmU, 0, false}},
	{{cmP2, cmInf, 0, false}, {}, {}, {}, {}, {cmP2, -cmInf, 0, false}, {cmP2, cmU, 0, false}},
	{{cmP2, cmInf, 0, false}, {}, {}, {}, {}, {cmP2, -cmInf, 0, false}, {cmU, cmU, 0, false}},
	{{cmP4, cmInf, 0, false}, {0, cmInf, 0, false}, {0, cmInf, 0, false}, {0, -cmInf, 0, false}, {0, -cmInf, 0, false}, {cmP4, -cmInf, 0, false}, {cmU, cmInf, 0, false}},
	{{cmU, cmInf, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, -cmInf, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_acosh = [7][7]cmEntry{
	{{cmInf, -cmP34, 0, false}, {cmInf, -cmP, 0, false}, {cmInf, -cmP, 0, false}, {cmInf, cmP, 0, false}, {cmInf, cmP, 0, false}, {cmInf, cmP34, 0, false}, {cmInf, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP4, 0, false}, {cmInf, cmNZ, 0, false}, {cmInf, cmNZ, 0, false}, {cmInf, 0, 0, false}, {cmInf, 0, 0, false}, {cmInf, cmP4, 0, false}, {cmInf, cmU, 0, false}},
	{{cmInf, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmInf, cmU, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_asinh = [7][7]cmEntry{
	{{-cmInf, -cmP4, 0, false}, {-cmInf, cmNZ, 0, false}, {-cmInf, cmNZ, 0, false}, {-cmInf, 0, 0, false}, {-cmInf, 0, 0, false}, {-cmInf, cmP4, 0, false}, {-cmInf, cmU, 0, false}},
	{{-cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {-cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{-cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {-cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP4, 0, false}, {cmInf, cmNZ, 0, false}, {cmInf, cmNZ, 0, false}, {cmInf, 0, 0, false}, {cmInf, 0, 0, false}, {cmInf, cmP4, 0, false}, {cmInf, cmU, 0, false}},
	{{cmInf, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmNZ, 0, false}, {cmU, 0, 0, false}, {cmU, cmU, 0, false}, {cmInf, cmU, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_atanh = [7][7]cmEntry{
	{{cmNZ, -cmP2, 0, false}, {cmNZ, -cmP2, 0, false}, {cmNZ, -cmP2, 0, false}, {cmNZ, cmP2, 0, false}, {cmNZ, cmP2, 0, false}, {cmNZ, cmP2, 0, false}, {cmNZ, cmU, 0, false}},
	{{cmNZ, -cmP2, 0, false}, {}, {}, {}, {}, {cmNZ, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmNZ, -cmP2, 0, false}, {}, {}, {}, {}, {cmNZ, cmP2, 0, false}, {cmNZ, cmU, 0, false}},
	{{0, -cmP2, 0, false}, {}, {}, {}, {}, {0, cmP2, 0, false}, {0, cmU, 0, false}},
	{{0, -cmP2, 0, false}, {}, {}, {}, {}, {0, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{0, -cmP2, 0, false}, {0, -cmP2, 0, false}, {0, -cmP2, 0, false}, {0, cmP2, 0, false}, {0, cmP2, 0, false}, {0, cmP2, 0, false}, {0, cmU, 0, false}},
	{{0, -cmP2, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {0, cmP2, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_cosh = [7][7]cmEntry{
	{{e: cmEDom}, {c: true}, {cmInf, 0, 0, false}, {cmInf, cmNZ, 0, false}, {c: true}, {e: cmEDom}, {cmInf, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, 0, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, 0, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {c: true}, {cmInf, cmNZ, 0, false}, {cmInf, 0, 0, false}, {c: true}, {e: cmEDom}, {cmInf, cmU, 0, false}},
	{{cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, 0, 0, false}, {cmU, 0, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_exp = [7][7]cmEntry{
	{{0, 0, 0, false}, {c: true}, {0, cmNZ, 0, false}, {0, 0, 0, false}, {c: true}, {0, 0, 0, false}, {0, 0, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {c: true}, {cmInf, cmNZ, 0, false}, {cmInf, 0, 0, false}, {c: true}, {e: cmEDom}, {cmInf, cmU, 0, false}},
	{{cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmNZ, 0, false}, {cmU, 0, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_log = [7][7]cmEntry{
	{{cmInf, -cmP34, 0, false}, {cmInf, -cmP, 0, false}, {cmInf, -cmP, 0, false}, {cmInf, cmP, 0, false}, {cmInf, cmP, 0, false}, {cmInf, cmP34, 0, false}, {cmInf, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP2, 0, false}, {}, {}, {}, {}, {cmInf, cmP2, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmP4, 0, false}, {cmInf, cmNZ, 0, false}, {cmInf, cmNZ, 0, false}, {cmInf, 0, 0, false}, {cmInf, 0, 0, false}, {cmInf, cmP4, 0, false}, {cmInf, cmU, 0, false}},
	{{cmInf, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmInf, cmU, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_sinh = [7][7]cmEntry{
	{{e: cmEDom}, {c: true}, {-cmInf, cmNZ, 0, false}, {-cmInf, 0, 0, false}, {c: true}, {e: cmEDom}, {cmInf, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {0, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {0, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {c: true}, {cmInf, cmNZ, 0, false}, {cmInf, 0, 0, false}, {c: true}, {e: cmEDom}, {cmInf, cmU, 0, false}},
	{{cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmNZ, 0, false}, {cmU, 0, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_sqrt = [7][7]cmEntry{
	{{cmInf, -cmInf, 0, false}, {0, -cmInf, 0, false}, {0, -cmInf, 0, false}, {0, cmInf, 0, false}, {0, cmInf, 0, false}, {cmInf, cmInf, 0, false}, {cmU, cmInf, 0, false}},
	{{cmInf, -cmInf, 0, false}, {}, {}, {}, {}, {cmInf, cmInf, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmInf, 0, false}, {}, {}, {}, {}, {cmInf, cmInf, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmInf, 0, false}, {}, {}, {}, {}, {cmInf, cmInf, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmInf, 0, false}, {}, {}, {}, {}, {cmInf, cmInf, 0, false}, {cmU, cmU, 0, false}},
	{{cmInf, -cmInf, 0, false}, {cmInf, cmNZ, 0, false}, {cmInf, cmNZ, 0, false}, {cmInf, 0, 0, false}, {cmInf, 0, 0, false}, {cmInf, cmInf, 0, false}, {cmInf, cmU, 0, false}},
	{{cmInf, -cmInf, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmInf, cmInf, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_tanh = [7][7]cmEntry{
	{{-1, 0, 0, false}, {c: true}, {-1, cmNZ, 0, false}, {-1, 0, 0, false}, {c: true}, {-1, 0, 0, false}, {-1, 0, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{1, 0, 0, false}, {c: true}, {1, cmNZ, 0, false}, {1, 0, 0, false}, {c: true}, {1, 0, 0, false}, {1, 0, 0, false}},
	{{cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmNZ, 0, false}, {cmU, 0, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}},
}

var cmTab_rect = [7][7]cmEntry{
	{{e: cmEDom}, {c: true}, {-cmInf, 0, 0, false}, {-cmInf, cmNZ, 0, false}, {c: true}, {e: cmEDom}, {cmInf, cmU, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{0, 0, 0, false}, {}, {}, {}, {}, {0, 0, 0, false}, {0, 0, 0, false}},
	{{0, 0, 0, false}, {}, {}, {}, {}, {0, 0, 0, false}, {0, 0, 0, false}},
	{{e: cmEDom}, {}, {}, {}, {}, {e: cmEDom}, {cmU, cmU, 0, false}},
	{{e: cmEDom}, {c: true}, {cmInf, cmNZ, 0, false}, {cmInf, 0, 0, false}, {c: true}, {e: cmEDom}, {cmInf, cmU, 0, false}},
	{{cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, 0, 0, false}, {cmU, 0, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}, {cmU, cmU, 0, false}},
}
