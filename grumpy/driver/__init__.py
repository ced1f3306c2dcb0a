"""The build driver: import graph, cache, `go build`, run."""
