# CCIS Suite: Odoo 11.0 on Debian 12 / Python 3.11, with the project's runtime support and
# launcher. The addons and the configuration are mounted by docker-compose.yml.
FROM debian:12-slim

ENV DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 PYTHONUNBUFFERED=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        python3 python3-venv python3-dev build-essential ca-certificates \
        wkhtmltopdf chromium fonts-dejavu-core fonts-hosny-amiri postgresql-client nodejs npm \
    && npm install -g less@3.13.1 rtlcss@4.3.0 \
    && apt-get clean && rm -rf /var/lib/apt/lists/* /root/.npm

RUN useradd --create-home --home-dir /opt/ccis --shell /bin/bash odoo
WORKDIR /opt/ccis
COPY --chown=odoo:odoo requirements.txt requirements-odoo.txt requirements-oca.txt ./
RUN python3 -m venv .venv \
    && .venv/bin/pip install --no-cache-dir -q -r requirements.txt \
    && .venv/bin/pip install --no-cache-dir -q --no-deps -r requirements-odoo.txt \
    && .venv/bin/pip install --no-cache-dir -q --no-deps -r requirements-oca.txt \
    && cat requirements.txt requirements-odoo.txt requirements-oca.txt | sha256sum | cut -d' ' -f1 > .venv/.ccis-requirements \
    && echo /opt/ccis/runtime > "$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/ccis_runtime.pth" \
    && chown -R odoo:odoo .venv
COPY --chown=odoo:odoo ccis ./
COPY --chown=odoo:odoo runtime ./runtime
COPY --chown=odoo:odoo bin ./bin
COPY --chown=odoo:odoo tools ./tools

USER odoo
RUN mkdir -p /opt/ccis/.data /opt/ccis/addons /opt/ccis/config
VOLUME ["/opt/ccis/.data"]
EXPOSE 8069 8072
# creates the database $CCIS_DB with the suite's addons if it does not exist, then serves
CMD ["bin/run"]
