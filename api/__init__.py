"""The HTTP service: SPARQL 1.1 Protocol and the pages, over any ``graph.Store``."""
