# The devzone image of docker-compose.yml: the CLI with its migrations, dbt project and seeds.
# `docker compose build` makes it; nothing in it is secret (passwords come from the environment).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DO_NOT_TRACK=1

WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY devzone devzone
COPY loaders loaders
COPY models models
COPY alembic alembic
COPY dbt_project dbt_project
COPY seeds seeds
# Editable: devzone finds alembic/, dbt_project/ and seeds/ beside its package, here in /app.
RUN pip install --no-cache-dir -e . \
    && useradd --system --uid 10001 --home-dir /app devzone \
    && mkdir -p /app/dbt_project/target /app/dbt_project/logs \
    && chown -R devzone /app/dbt_project

USER devzone
CMD ["devzone", "run", "--docs", "/documents"]
