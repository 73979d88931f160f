"""Documents to facts to RDF: pure functions whose only I/O is reading the inputs."""
