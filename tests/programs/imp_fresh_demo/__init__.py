# Package for import_fresh_modules.py: counts how often its modules' bodies run.
runs = {}
