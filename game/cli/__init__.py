"""The thin command line: parses arguments and hands over to the scenario layer, core and window."""
