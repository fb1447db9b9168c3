# The bot only: no test or lint dependencies. The database lives on the /data volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DATABASE_PATH=/data/bot.sqlite3

WORKDIR /app
COPY pyproject.toml README.md ./
COPY rules ./rules
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
RUN pip install --no-cache-dir . \
    && useradd --create-home --uid 10001 bot \
    && mkdir -p /data && chown bot:bot /data

USER bot
VOLUME ["/data"]
# Webhook mode (WEBHOOK_URL set) listens here, behind your HTTPS proxy.
EXPOSE 8443
# Healthy: the database opens, its migrations are current, the Bot API answered lately.
HEALTHCHECK --interval=60s --timeout=20s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
# Stops cleanly on SIGTERM (docker stop): the update in hand finishes, the database closes.
CMD ["python", "-m", "bot", "run"]
