import pytest

from tests.news.factories import make_news_item


@pytest.fixture
def make_news(db):
    return make_news_item
