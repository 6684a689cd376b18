"""The `kenews` command line: documented, helpful errors, thin over the library."""

import re
from pathlib import Path

from click.testing import CliRunner

from aggregator.cli import cli
from aggregator.sites import all_sites

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_with_an_example():
    for name, command in cli.commands.items():
        assert command.help and "Example: kenews " + name in command.help, f"`kenews {name}` has no Example line"
        assert re.search(rf"`kenews {name}\b", README), f"README does not mention `kenews {name}`"


def test_sites_lists_every_site_with_its_discovery_urls():
    result = CliRunner().invoke(cli, ["sites", "--json"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == len(all_sites())
    assert '"id": "tuko"' in result.output and "https://www.tuko.co.ke/rss/all.rss" in result.output


def test_unknown_site_is_a_usage_error():
    result = CliRunner().invoke(cli, ["crawl", "nosuchsite", "--db", "x.db"])
    assert result.exit_code == 2
    assert "unknown site(s): nosuchsite" in result.output


def test_stats_without_a_database_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database at" in result.output


def test_clean_reads_stdin():
    text = "Story line one.\nALSO READ: Another headline here\nStory line two.\n"
    result = CliRunner().invoke(cli, ["clean"], input=text)
    assert result.output == "Story line one.\n\nStory line two.\n"


def test_kenews_db_environment_variable_is_the_default(tmp_path, monkeypatch):
    monkeypatch.setenv("KENEWS_DB", str(tmp_path / "env.db"))
    result = CliRunner().invoke(cli, ["stats"])
    assert str(tmp_path / "env.db") in result.output
