__all__ = ["public", "_listed_private"]
public = "public"
_listed_private = "listed"
not_listed = "hidden by __all__"
