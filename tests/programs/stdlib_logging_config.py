import io
import logging
import logging.config
import sys

captured = io.StringIO()


class Sink(logging.Handler):
    def __init__(self, prefix=">"):
        super().__init__()
        self.prefix = prefix

    def emit(self, record):
        captured.write(self.prefix + " " + self.format(record) + "\n")


config = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "curly": {"format": "{name}|{levelname}|{message}", "style": "{"},
    },
    "filters": {
        "only_db": {"name": "svc.db"},
    },
    "handlers": {
        "sink": {"()": Sink, "prefix": "S", "formatter": "brief", "level": "DEBUG"},
        "dbonly": {"()": Sink, "prefix": "DB", "formatter": "curly", "filters": ["only_db"]},
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief", "level": "ERROR"},
    },
    "loggers": {
        "svc": {"level": "INFO", "handlers": ["sink", "dbonly"], "propagate": False},
        "svc.db": {"level": "DEBUG"},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
}
logging.config.dictConfig(config)
svc = logging.getLogger("svc")
db = logging.getLogger("svc.db")
svc.debug("svc debug hidden")
svc.info("svc info")
db.debug("db debug")
db.error("db error")
logging.getLogger("other").warning("other warning (not shown)")
logging.getLogger("other").error("other error")
print(captured.getvalue(), end="")

bad_configs = [
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
    {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
]
for c in bad_configs:
    try:
        logging.config.dictConfig(c)
        print("ok")
    except ValueError as e:
        print("ValueError", str(e).splitlines()[0])

# incremental config changes levels only
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"svc": {"level": "ERROR"}}})
print(logging.getLevelName(svc.level))

# fileConfig from a string
import configparser
import tempfile
import os
ini = """
[loggers]
keys=root,job

[handlers]
keys=console

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=

[logger_job]
level=DEBUG
handlers=console
qualname=job
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[formatter_simple]
format=%(name)s - %(levelname)s - %(message)s
"""
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "log.ini")
    with open(path, "w") as f:
        f.write(ini)
    logging.config.fileConfig(path, disable_existing_loggers=False)
job = logging.getLogger("job")
job.debug("from fileConfig")
job.info("info too")
sys.stdout.flush()
logging.shutdown()
