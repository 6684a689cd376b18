"""The `kenews` command. Each command is a thin wrapper over one library function."""

from __future__ import annotations

import io
import json
import os
import sys

import click

from aggregator.crawl import EXIT_LOCKED, CrawlLocked

DEFAULT_DB = "news.db"


def db_option(function):
    return click.option(
        "--db", "db_path", default=lambda: os.environ.get("KENEWS_DB", DEFAULT_DB), show_default="news.db or $KENEWS_DB",
        type=click.Path(dir_okay=False), help="SQLite database file.",
    )(function)


def redis_option(function):
    # A URL on the command line is visible to every user of the machine (ps): with a password
    # in it, prefer KENEWS_REDIS_URL and a bare --redis.
    return click.option(
        "--redis", "redis", is_flag=False, flag_value="", default=None, metavar="[URL]",
        help="Redis of a distributed crawl, e.g. redis://:PASSWORD@10.0.0.5:6379/0; bare: $KENEWS_REDIS_URL.",
    )(function)


@click.group()
@click.version_option(package_name="kenews")
def cli():
    """kenews: crawl Kenyan news sites into a SQLite database of deduplicated, tagged stories."""


@cli.command()
@click.argument("sites", nargs=-1)
@db_option
@click.option("--mirror", metavar="URL", help="Fetch https://HOST/PATH from URL/HOST/PATH instead (a saved copy).")
@click.option("--demo", is_flag=True, help="Serve the bundled sample pages on 127.0.0.1 and crawl them; no network.")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@click.option("--all-paths", is_flag=True, help="Read listing pages too, not only when feeds and sitemaps fail.")
@click.option("--refetch-hours", type=float, help="Re-fetch stored stories younger than this for updates [48].")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Write Scrapy's log here (at INFO unless --log-level).")
@click.option("--quiet", is_flag=True, help="Print nothing unless the run is not ok (for cron).")
@redis_option
@click.option("--cycle", metavar="ID", help="With --redis: the crawl cycle to join [the current 30-minute UTC slot].")
def crawl(sites, db_path, mirror, demo, log_level, all_paths, refetch_hours, log_file, quiet, redis, cycle):
    """Crawl SITES (default: every enabled site) into the database.

    With --redis, run as one worker of a distributed crawl instead: any number
    of workers share the cycle's request queue and seen-set, and queue their
    items in Redis for `kenews ingest`, the one process that writes SQLite
    (--db is not used). See README "Scaling out on Redis".

    Exit codes: 0 ok, 3 partial (some sites failed), 1 failed, 75 another crawl holds the lock.

    Example: kenews crawl tuko standard --db news.db
    """
    from aggregator.crawl import run_crawl
    from aggregator.sites import all_sites

    unknown = [s for s in sites if s not in all_sites()]
    if unknown:
        raise click.UsageError(f"unknown site(s): {', '.join(unknown)}. See `kenews sites`.")
    overrides = {"LOG_LEVEL": "ERROR" if quiet else log_level.upper()}
    if log_file:
        overrides.update(LOG_FILE=log_file, LOG_LEVEL="INFO" if log_level.upper() == "WARNING" else log_level.upper())
    if refetch_hours is not None:
        overrides["KENEWS_REFETCH_HOURS"] = refetch_hours
    if all_paths:
        overrides["KENEWS_DISCOVERY"] = "all"
    if cycle and redis is None:
        raise click.UsageError("--cycle needs --redis")
    if redis is not None:
        from aggregator.distributed import check_cycle, current_cycle, redis_url

        try:
            redis, cycle = redis_url(redis), check_cycle(cycle or current_cycle())
        except ValueError as error:
            raise click.UsageError(str(error)) from None
    server = None
    if demo:
        from aggregator.mirror import MirrorServer, fixture_routes

        server = MirrorServer(fixture_routes(sites or None)).start()
        mirror = server.url
        if not quiet:
            click.echo(f"demo: serving {len(server.routes)} sample pages at {mirror}", err=True)
    try:
        if redis is None:
            result = run_crawl(list(sites), db_path=db_path, mirror=mirror, overrides=overrides)
        else:
            from aggregator.distributed import RedisUnavailable, run_worker

            try:
                result = run_worker(list(sites), redis, cycle=cycle, mirror=mirror, overrides=overrides)
            except RedisUnavailable as error:
                raise click.ClickException(str(error)) from None
    except CrawlLocked as error:
        click.echo(f"kenews crawl: {error}; exiting", err=True)
        sys.exit(EXIT_LOCKED)
    finally:
        if server:
            server.stop()
    if not quiet or result.exit_code != 0:
        click.echo(result.summary() + (f" → {db_path}" if redis is None else ""))
    sys.exit(result.exit_code)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per site.")
def sites(as_json):
    """List the supported sites: id, name, home URL, language and discovery URLs.

    Example: kenews sites
    """
    from aggregator.sites import all_sites

    for site in all_sites().values():
        urls = [url for url, _ in site.discovery_urls(site)]
        if as_json:
            click.echo(json.dumps({"id": site.name, "name": site.site_name, "home_url": site.home_url,
                                   "language": site.language, "discovery": urls}))
        else:
            click.echo(f"{site.name:<14} {site.site_name:<22} {site.language}  {site.home_url}")
            for url in urls:
                click.echo(f"{'':<14} ↳ {url}")


@cli.command()
@db_option
def stats(db_path):
    """Stories per source and the last crawl runs.

    Example: kenews stats --db news.db
    """
    from storage.queries import recent_runs, source_counts
    from storage.schema import open_db

    if not os.path.exists(db_path):
        raise click.ClickException(f"no database at {db_path}; run `kenews crawl` first")
    db = open_db(db_path)
    click.echo(f"{'source':<14} {'stories':>8} {'urls':>6} {'failures':>9}  newest")
    for row in source_counts(db):
        click.echo(f"{row['source']:<14} {row['stories']:>8} {row['urls']:>6} {row['failures']:>9}  {row['newest'] or '-'}")
    click.echo("\nlast runs:")
    for run in recent_runs(db):
        click.echo(f"  #{run['id']} {run['started_at']} → {run['finished_at'] or 'running'} {run['status']}: "
                   f"{run['stored']} new, {run['updated']} updated, {run['unchanged']} unchanged, "
                   f"{run['duplicates']} duplicates, {run['failed']} failed, {run['skipped']} skipped")


@cli.command()
@db_option
@click.option("--runs", default=5, show_default=True, help="How many recent runs per site to compare.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per site.")
def health(db_path, runs, as_json):
    """Layout drift per site: the latest run against the site's earlier runs.

    Flags a site whose share of articles parsed by its own layout, or with a
    title, date, author or body, fell by 20 points or more, or whose feeds or
    sitemaps failed. Exits 1 when any site is flagged.

    Example: kenews health --db news.db
    """
    from aggregator.health import FIGURES, site_health
    from storage.queries import site_run_history
    from storage.schema import open_db

    if not os.path.exists(db_path):
        raise click.ClickException(f"no database at {db_path}; run `kenews crawl` first")
    db = open_db(db_path)
    reports = [site_health(source, rows) for source, rows in site_run_history(db, runs).items()]
    if as_json:
        for report in reports:
            click.echo(json.dumps({"source": report.source, "runs": report.runs, "latest": report.latest,
                                   "baseline": report.baseline, "flagged": report.flagged,
                                   "problems": report.problems}))
    else:
        def pct(value):
            return "   -" if value is None else f"{value:4.0%}"

        click.echo(f"{'source':<14} {'runs':>4}  " + "  ".join(f"{name:>6}" for name in FIGURES) + "  status")
        for report in reports:
            figures = "  ".join(f"{pct(report.latest[name]):>6}" for name in FIGURES)
            status = "DRIFT: " + "; ".join(report.problems) if report.flagged else "ok"
            click.echo(f"{report.source:<14} {report.runs:>4}  {figures}  {status}")
    sys.exit(1 if any(report.flagged for report in reports) else 0)


@cli.command()
@click.argument("input_file", type=click.File("r", encoding="utf-8"), default="-")
def clean(input_file):
    """Clean article text: boilerplate lines out, story paragraphs kept (stdin → stdout).

    Reads paragraphs separated by newlines and writes them separated by blank
    lines, without "Also Read" blocks, promos, credits, paywall and social
    prompts or page chrome (see README "Cleaning").

    Example: kenews clean < article.txt
    """
    from aggregator.cleaning import clean_text

    click.echo(clean_text(input_file.read()))


@cli.command(name="import")
@click.argument("input_file", type=click.File("r", encoding="utf-8"))
@db_option
def import_(input_file, db_path):
    """Import articles from JSON Lines (FILE, or - for stdin) through the crawl's pipelines.

    Each line is one article as `kenews export --format jsonl` writes it: url,
    title and body are required; source, published_at, authors, section,
    language … are optional. Bad lines are reported with their number and
    skipped. Exits 0 when every line was imported, 3 when some were bad.

    Example: kenews import items.jsonl --db news.db
    """
    from aggregator.importer import import_jsonl

    show_progress = sys.stderr.isatty()

    def progress(number):
        if show_progress and number % 500 == 0:
            click.echo(f"\r{number} lines…", nl=False, err=True)

    result = import_jsonl(input_file, db_path, progress=progress)
    if show_progress:
        click.echo("\r", nl=False, err=True)
    for number, reason in result.bad_lines:
        click.echo(f"line {number}: {reason}", err=True)
    click.echo(result.summary())
    sys.exit(3 if result.bad_lines else 0)


@cli.command()
@db_option
@click.option("--port", default=8001, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
def serve(db_path, port, host):
    """Browse the database in Datasette: search, facets, canned queries and charts.

    Read-only to the web; a crawl can write to the database while it is served.

    Example: kenews serve --db news.db --port 8001
    """
    from aggregator.serve import DATABASE
    from aggregator.serve import serve as serve_datasette

    if not os.path.exists(db_path):
        raise click.ClickException(f"no database at {db_path}; run `kenews crawl` first")
    click.echo(f"kenews serve: http://{host}:{port}/{DATABASE} ({db_path}); Ctrl-C stops it", err=True)
    serve_datasette(db_path, port=port, host=host)


@cli.command()
@db_option
@click.option("--format", "format_", type=click.Choice(["jsonl", "csv", "atom", "rss", "jsonfeed"]),
              default="jsonl", show_default=True, help="Output format.")
@click.option("--since", metavar="CURSOR", help="Only stories added or changed after this cursor (from an earlier export).")
@click.option("--source", metavar="SITE", help="Only stories seen on this site.")
@click.option("--tag", metavar="TAG", help="Only stories with this tag id, e.g. ke-county:047.")
@click.option("--out", default="-", show_default=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Output file (replaced whole when the export is done); - for stdout.")
@click.option("--cursor-file", type=click.Path(dir_okay=False),
              help="Write the new cursor to this file (after the export) instead of stderr.")
def export(db_path, format_, since, source, tag, out, cursor_file):
    """Write the stories, or only what changed after --since, as JSON Lines, CSV, Atom, RSS or JSON Feed.

    The new cursor is printed on stderr, or written to --cursor-file: pass it
    to --since next time to get exactly what was added or changed since.

    Example: kenews export --format jsonl --since 120 --cursor-file cursor.txt --out new.jsonl
    """
    from storage.exports import export as export_stories
    from storage.schema import open_db

    if not os.path.exists(db_path):
        raise click.ClickException(f"no database at {db_path}; run `kenews crawl` first")

    def progress(stories, total):
        if not sys.stderr.isatty():
            return stories
        return show_progress(stories, total)

    def show_progress(stories, total):
        with click.progressbar(stories, length=total, label="kenews export", file=sys.stderr) as bar:
            yield from bar

    db = open_db(db_path)
    try:
        with click.open_file(out, "wb", atomic=out != "-") as binary:
            # newline="": CSV rows end in \r\n, and no platform may turn that into \r\r\n.
            stream = io.TextIOWrapper(binary, encoding="utf-8", newline="")
            cursor = export_stories(db, format_, stream, since=since, source=source, tag=tag, progress=progress)
            stream.detach()  # flushes; click closes the file (moving it into place)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot write {out}: {error.strerror}") from None
    finally:
        db.close()
    if cursor_file:
        with click.open_file(cursor_file, "w", encoding="utf-8", atomic=True) as stream:
            stream.write(cursor + "\n")
    else:
        click.echo(cursor, err=True)


@cli.command()
@redis_option
@db_option
@click.option("--follow", is_flag=True, help="Keep running and store items as workers queue them (a service).")
def ingest(redis, db_path, follow):
    """Store the items distributed crawl workers queued in Redis: the one writer of the database.

    Each item goes through the same pipelines as a local crawl and leaves Redis
    only once stored, so a stopped ingest loses nothing. Without --follow it
    stores what is queued and exits. It also tells the workers which pages are
    stored and which failed, for the next crawl cycle. Exits 0 when every item
    was stored, 3 when some were set aside in kenews:items:bad, 75 when another
    crawl or ingest holds the database.

    Example: kenews ingest --redis redis://10.0.0.5:6379/0 --db news.db
    """
    from aggregator.distributed import RedisUnavailable, redis_url
    from aggregator.distributed import ingest as ingest_items

    try:
        url = redis_url(redis)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    try:
        result = ingest_items(url, db_path, follow=follow)
    except CrawlLocked as error:
        click.echo(f"kenews ingest: {error}; exiting", err=True)
        sys.exit(EXIT_LOCKED)
    except RedisUnavailable as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{result.summary()} → {db_path}")
    sys.exit(3 if result.bad else 0)


@cli.command()
@db_option
def retag(db_path):
    """Re-apply the current tagging rules to every stored story.

    Rules improve; stories stored under older rules benefit. Shows progress on
    a terminal; a story whose tags change reaches the feeds as "retagged".

    Example: kenews retag --db news.db
    """
    from aggregator.retag import retag as retag_all

    if not os.path.exists(db_path):
        raise click.ClickException(f"no database at {db_path}; run `kenews crawl` first")
    show_progress = sys.stderr.isatty()

    def progress(done):
        if show_progress:
            click.echo(f"\r{done} stories…", nl=False, err=True)

    result = retag_all(db_path, progress=progress)
    if show_progress:
        click.echo("", err=True)
    click.echo(result.summary())


def main():
    cli(prog_name="kenews")


if __name__ == "__main__":
    main()
