"""The TreatyGraph vocabulary as code: namespaces, the data IRI layout, and class lists read from
``treatygraph.ttl``. The one package every other package may import."""
