VALUE = "loaded on demand"
