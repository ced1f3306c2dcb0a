# An uncaught exception with notes: they follow the message.
class AppError(Exception):
    pass

def work():
    e = AppError("failed to work")
    e.add_note("while processing item 3")
    e.add_note("retry later")
    raise e

work()
