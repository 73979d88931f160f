"""TreatyGraph's command line and settings: the wiring between loaders, graph and api."""
