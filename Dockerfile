# Two stages: the first builds the wheel, the second installs that wheel and nothing else
# (no test or lint dependencies, no source folders). What runs here is what `.ci/run`
# installs and smoke-tests (tests/test_installed.py): the same wheel, started from a folder
# that holds no sources. The database lives on the /data volume.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
COPY handlers ./handlers
COPY rules ./rules
COPY storage ./storage
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DATABASE_PATH=/data/bot.sqlite3
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl \
    && rm -rf /wheels \
    && useradd --create-home --uid 10001 bot \
    && mkdir -p /data && chown bot:bot /data

USER bot
# Any working directory will do: the bot is an installed package. A .env file here is read.
WORKDIR /data
VOLUME ["/data"]
# The one web server (webhook and Mini App, WEB_PORT) listens here, behind your HTTPS proxy.
EXPOSE 8443
# Healthy: the database opens, its migrations are current, the Bot API answered lately.
HEALTHCHECK --interval=60s --timeout=20s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
# Waits for the Bot API if the network is not up yet; stops cleanly on SIGTERM (docker stop).
CMD ["python", "-m", "bot", "run"]
