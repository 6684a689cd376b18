import pytest

from aggregator.urls import canonical_url, registrable_domain

ARTICLE = "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case"


@pytest.mark.parametrize(
    "variant",
    [
        "http://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case",
        "https://www.peopledaily.digital/news/njoro-families-win-reprieve-in-land-case",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case/",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case/amp",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case/amp/",
        "https://peopledaily.digital/amp/news/njoro-families-win-reprieve-in-land-case",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case.amp",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case?amp=1",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case?amp",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case?outputType=amp",
        "https://amp.peopledaily.digital/news/njoro-families-win-reprieve-in-land-case",
        "https://m.peopledaily.digital/news/njoro-families-win-reprieve-in-land-case",
        "https://mobile.peopledaily.digital/news/njoro-families-win-reprieve-in-land-case",
        "https://PeopleDaily.Digital/news/njoro-families-win-reprieve-in-land-case",
        "https://peopledaily.digital:443/news/njoro-families-win-reprieve-in-land-case",
        "http://peopledaily.digital:80/news/njoro-families-win-reprieve-in-land-case",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case#comments",
        "https://peopledaily.digital//news//njoro-families-win-reprieve-in-land-case",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case?utm_source=twitter&utm_medium=social",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case?fbclid=IwAR0xyz",
        "https://peopledaily.digital/news/njoro-families-win-reprieve-in-land-case?gclid=Cj0KCQ&mc_cid=77",
        "https://peopledaily-digital.cdn.ampproject.org/c/s/peopledaily.digital/news/njoro-families-win-reprieve-in-land-case/amp",
        "http://m.PEOPLEDAILY.digital:80/amp/news/njoro-families-win-reprieve-in-land-case/?utm_campaign=x&amp=1#top",
    ],
)
def test_every_variant_maps_to_one_url(variant):
    assert canonical_url(variant) == ARTICLE


def test_parameters_that_name_the_page_are_kept_and_sorted():
    assert canonical_url("https://www.kenyans.co.ke/news?page=2&id=99&utm_source=fb") == (
        "https://kenyans.co.ke/news?id=99&page=2"
    )


def test_path_case_is_kept():
    # Old Nation URLs carry capitals in the slug; the server treats them as part of the address.
    url = "https://www.nation.co.ke/news/counties/Traders-count-losses/1056-123456-abcdef/index.html"
    assert canonical_url(url) == "https://nation.co.ke/news/counties/Traders-count-losses/1056-123456-abcdef/index.html"


def test_different_articles_keep_different_urls():
    first = canonical_url("https://www.tuko.co.ke/kenya/612345-nurses-strike-kisii/")
    second = canonical_url("https://www.tuko.co.ke/kenya/612346-nurses-strike-kisii/")
    assert first != second


def test_declared_canonical_on_the_same_site_wins():
    fetched = "https://m.standardmedia.co.ke/amp/article/2001490000?ref=home"
    declared = "https://www.standardmedia.co.ke/national/article/2001490000/traders-protest-levy"
    assert canonical_url(fetched, declared) == "https://standardmedia.co.ke/national/article/2001490000/traders-protest-levy"


def test_relative_declared_canonical_is_resolved():
    assert canonical_url("https://www.capitalfm.co.ke/news/?p=4411", "/news/2026/03/traders-protest-levy/") == (
        "https://capitalfm.co.ke/news/2026/03/traders-protest-levy"
    )


def test_declared_canonical_of_another_site_is_ignored():
    # A syndicated copy pointing at the agency's page is still this outlet's page.
    fetched = "https://www.kbc.co.ke/traders-protest-levy/"
    assert canonical_url(fetched, "https://www.nation.africa/kenya/news/traders-protest-levy-5123456") == (
        "https://kbc.co.ke/traders-protest-levy"
    )


def test_declared_home_page_is_ignored():
    fetched = "https://www.kahawatungu.com/police-probe-njoro-fire/"
    assert canonical_url(fetched, "https://www.kahawatungu.com/") == "https://kahawatungu.com/police-probe-njoro-fire"


def test_empty_declared_canonical_is_ignored():
    assert canonical_url("https://www.the-star.co.ke/news/2026-03-02-x/", "  ") == "https://the-star.co.ke/news/2026-03-02-x"


def test_registrable_domain_knows_kenyan_second_level_domains():
    assert registrable_domain("m.tuko.co.ke") == "tuko.co.ke"
    assert registrable_domain("www.health.go.ke") == "health.go.ke"
    assert registrable_domain("nation.africa") == "nation.africa"


def test_a_site_named_like_a_variant_host_keeps_its_name():
    assert canonical_url("https://m.co.ke/news/x") == "https://m.co.ke/news/x"
