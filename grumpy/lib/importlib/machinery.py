"""importlib.machinery for Grumpy: module specs and the importer names
programs refer to; modules are found in the binary's registry."""
import _grumpy

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


# The runtime's own classes: every module's __spec__ is a ModuleSpec and its
# __loader__ one of these loaders (grumpy/go/runtime/module_spec.go).
ModuleSpec = _grumpy.ModuleSpec
BuiltinImporter = _grumpy.BuiltinImporter
FrozenImporter = _grumpy.FrozenImporter
SourceFileLoader = _grumpy.SourceFileLoader
NamespaceLoader = _grumpy.NamespaceLoader


class PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return BuiltinImporter.find_spec(fullname, path, target)

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path

    def find_spec(self, fullname, target=None):
        return BuiltinImporter.find_spec(fullname)

    def invalidate_caches(self):
        pass


SourcelessFileLoader = SourceFileLoader
ExtensionFileLoader = SourceFileLoader
WindowsRegistryFinder = PathFinder
