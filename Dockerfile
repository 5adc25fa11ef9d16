# sitrep: the Telegram bot in a container. Build on the official Python image:
#   docker build -t sitrep .
# or on any Debian-like image with python3, venv and pip (the smoke test uses a local one):
#   docker build --build-arg BASE_IMAGE=localhost/sitrep-python-base:bookworm-r1 -t sitrep .
# No secrets are built in: TELEGRAM_BOT_TOKEN comes from the environment at run time.
ARG BASE_IMAGE=python:3.12-slim
FROM ${BASE_IMAGE}

# The application lives in its own virtualenv, so the same steps work whether the base image
# keeps Python in /usr/local (the official image) or /usr (Debian's), and never touch its pip.
ENV VIRTUAL_ENV=/opt/sitrep \
    PATH=/opt/sitrep/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SITREP_STORAGE_PATH=/data/sitrep.db

# A fixed uid/gid, so that a bind-mounted data folder can be chowned to match (10001:10001).
RUN python3 -m venv /opt/sitrep \
    && groupadd --system --gid 10001 sitrep \
    && useradd --system --uid 10001 --gid sitrep --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin sitrep \
    && mkdir -p /data /app/config \
    && chown sitrep:sitrep /data

# Dependencies in a layer of their own: it is rebuilt only when pyproject.toml changes, not
# when the code does. They are read from pyproject.toml, the single place they are written:
# the build requirements (setuptools) and the runtime dependencies.
WORKDIR /app
COPY pyproject.toml /tmp/sitrep/pyproject.toml
RUN python3 -c 'import sys, tomllib; p = tomllib.load(open(sys.argv[1], "rb")); print("\n".join(p["build-system"]["requires"] + p["project"]["dependencies"]))' \
        /tmp/sitrep/pyproject.toml > /tmp/sitrep/requirements.txt \
    && pip install -r /tmp/sitrep/requirements.txt

# The code (what .dockerignore lets through), installed as a package; no build isolation:
# setuptools is already there, so a code change needs no download.
COPY . /tmp/sitrep/
RUN pip install --no-deps --no-build-isolation /tmp/sitrep \
    && rm -rf /tmp/sitrep \
    && sitrep --version

# The settings a self-hoster edits; mount a folder of their own over /app/config.
COPY config /app/config

USER 10001:10001
VOLUME ["/data"]

# `sitrep health` checks the running bot and exits non-zero when it is not healthy.
HEALTHCHECK --interval=1m --timeout=15s --start-period=1m --retries=3 CMD ["sitrep", "health"]

# sitrep runs as PID 1 and handles SIGTERM itself (see bot/cli.py): `docker stop` is clean.
ENTRYPOINT ["sitrep"]
CMD ["run"]
